import { getShopperTexts } from '@/i18n/shopper-texts'
import { formatMoney, type Money } from '@/i18n/money'
import { type Cart, describeFailure, reshapeCart } from '@/lib/commerce/cart'
import { currentCart } from '@/lib/commerce/session'
import type { ResolvedMarket } from '@/lib/market'

import { CartLineControls } from './cart-line-controls'

type Props = { market: ResolvedMarket }

async function loadCart(market: ResolvedMarket): Promise<Cart | null | 'unavailable'> {
  try {
    const cart = await currentCart(market, false)
    return cart ? reshapeCart(cart, market.locale) : null
  } catch (error) {
    const failure = describeFailure(error)
    console.error('[cart] page could not load the cart:', failure.detail)
    if (failure.kind === 'unavailable') return 'unavailable'
    return null
  }
}

function Amount({ money, languageTag }: { money: Money | null; languageTag: string }) {
  if (!money) return null
  return <data value={`${money.amount} ${money.currency}`}>{formatMoney(money, languageTag)}</data>
}

/** The cart page's body: per shopper, so it renders inside a Suspense hole. */
export async function CartContents({ market }: Props) {
  const texts = getShopperTexts(market.locale)
  const cart = await loadCart(market)
  if (cart === 'unavailable') {
    return (
      <p className="alert" role="alert">
        {texts.errors.unavailable}
      </p>
    )
  }
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="cart-empty">
        <p>{texts.cart.empty}</p>
        <p>
          <a href={`/${market.segment}`}>{texts.cart.continue}</a>
        </p>
      </div>
    )
  }
  return (
    <div className="cart-page">
      <ul className="cart-lines">
        {cart.lines.map((line) => (
          <li key={line.id} className="cart-line">
            {line.thumbnail ? <img src={line.thumbnail} alt="" width={96} height={96} /> : null}
            <div>
              <a href={`/${market.segment}/products/${line.productHandle}`}>{line.title}</a>
              {line.variantTitle ? <p className="muted">{line.variantTitle}</p> : null}
              <p className="muted">
                <Amount money={line.unitPrice} languageTag={market.languageTag} />
              </p>
            </div>
            <div className="cart-line__end">
              <p className="price">
                <Amount money={line.total} languageTag={market.languageTag} />
              </p>
              <CartLineControls
                market={market.segment}
                lineId={line.id}
                quantity={line.quantity}
                labels={{
                  quantity: texts.cart.quantity,
                  update: texts.cart.update,
                  remove: texts.cart.remove,
                  unavailable: texts.errors.unavailable,
                  soldOut: texts.errors.soldOut,
                  generic: texts.errors.generic,
                }}
              />
            </div>
          </li>
        ))}
      </ul>
      <dl className="totals">
        <div>
          <dt>{texts.cart.subtotal}</dt>
          <dd>
            <Amount money={cart.subtotal} languageTag={market.languageTag} />
          </dd>
        </div>
        <div>
          <dt>{texts.cart.shipping}</dt>
          <dd className="muted">{texts.cart.shippingLater}</dd>
        </div>
      </dl>
      {market.region.currency === 'JPY' ? <p className="muted">{texts.cart.taxIncluded}</p> : null}
      <p className="cart-page__actions">
        <a href={`/${market.segment}`}>{texts.cart.continue}</a>
        <a className="button button--primary" href={`/${market.segment}/checkout`}>
          {texts.cart.checkout}
        </a>
      </p>
    </div>
  )
}
