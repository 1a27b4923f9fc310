import { formatMoney, type Money } from '@/i18n/money'
import type { ShopperTexts } from '@/i18n/shopper-texts'
import type { Order } from '@/lib/commerce/orders'

type Props = { order: Order; texts: ShopperTexts; languageTag: string }

function Amount({ money, languageTag }: { money: Money | null; languageTag: string }) {
  if (!money) return null
  return <data value={`${money.amount} ${money.currency}`}>{formatMoney(money, languageTag)}</data>
}

/** An order as its shopper reads it: date, status, items with their gift wrapping and noshi, totals, address. */
export function OrderDetails({ order, texts, languageTag }: Props) {
  const placed = new Date(order.createdAt)
  const country = new Intl.DisplayNames([languageTag], { type: 'region' })
  return (
    <div className="order">
      <dl className="order__facts">
        {Number.isNaN(placed.getTime()) ? null : (
          <div>
            <dt>{texts.order.placedOn}</dt>
            <dd>
              <time dateTime={order.createdAt}>
                {new Intl.DateTimeFormat(languageTag, { dateStyle: 'long', timeZone: 'Asia/Tokyo' }).format(placed)}
              </time>
            </dd>
          </div>
        )}
        <div>
          <dt>{texts.order.status}</dt>
          <dd>{texts.order.statuses[order.fulfillmentStatus] ?? order.fulfillmentStatus}</dd>
        </div>
      </dl>

      <h2>{texts.order.items}</h2>
      <ul className="summary__lines">
        {order.lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.title} × {line.quantity}
              {line.gift && line.gift.wrapping !== 'none' ? (
                <span className="order__gift">
                  {texts.order.gift}: {texts.wrapping[line.gift.wrapping]}
                  {line.gift.noshi
                    ? ` · ${texts.order.noshi}: ${texts.checkout.purposes[line.gift.noshi.purpose] ?? line.gift.noshi.purpose} (${line.gift.noshi.giver_name})`
                    : ''}
                  {line.gift.hide_prices ? ` · ${texts.order.hidePrices}` : ''}
                </span>
              ) : null}
            </span>
            <Amount money={line.total} languageTag={languageTag} />
          </li>
        ))}
      </ul>
      <dl className="totals">
        <div>
          <dt>{texts.cart.subtotal}</dt>
          <dd>
            <Amount money={order.subtotal} languageTag={languageTag} />
          </dd>
        </div>
        <div>
          <dt>{texts.cart.shipping}</dt>
          <dd>
            <Amount money={order.shippingTotal} languageTag={languageTag} />
          </dd>
        </div>
        <div>
          <dt>{texts.cart.total}</dt>
          <dd>
            <strong>
              <Amount money={order.total} languageTag={languageTag} />
            </strong>
          </dd>
        </div>
      </dl>
      {order.shippingAddress ? (
        <section>
          <h2>{texts.order.shipTo}</h2>
          <address>
            {order.shippingAddress.name}
            {order.shippingAddress.lines.map((line) => (
              <span key={line}>
                <br />
                {line}
              </span>
            ))}
            <br />
            {country.of(order.shippingAddress.countryCode.toUpperCase())}
          </address>
          {order.shippingMethod ? (
            <p>
              {texts.order.method}: {order.shippingMethod}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
