import { formatMoney, type Money } from '@/i18n/money'
import type { ShopperTexts } from '@/i18n/shopper-texts'
import type { Cart } from '@/lib/commerce/cart'

type Props = { cart: Cart; texts: ShopperTexts; languageTag: string }

function Amount({ money, languageTag }: { money: Money | null; languageTag: string }) {
  if (!money) return <span>—</span>
  return <data value={`${money.amount} ${money.currency}`}>{formatMoney(money, languageTag)}</data>
}

/** The cart beside the checkout form. */
export function OrderSummary({ cart, texts, languageTag }: Props) {
  return (
    <div className="summary">
      <h2>{texts.checkout.summary}</h2>
      <ul className="summary__lines">
        {cart.lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.title} × {line.quantity}
            </span>
            <Amount money={line.total} languageTag={languageTag} />
          </li>
        ))}
      </ul>
      <dl className="totals">
        <div>
          <dt>{texts.cart.subtotal}</dt>
          <dd>
            <Amount money={cart.subtotal} languageTag={languageTag} />
          </dd>
        </div>
        <div>
          <dt>{texts.cart.shipping}</dt>
          <dd>{cart.shippingOptionId ? <Amount money={cart.shippingTotal} languageTag={languageTag} /> : texts.cart.shippingLater}</dd>
        </div>
      </dl>
    </div>
  )
}
