import type { PortalDictionary } from '@/i18n/portal'
import type { ArtisanOrder } from '@/lib/portal/schemas'

/** The artisan's own lines of an order. */
export function OrderItems({ order, dictionary }: { order: ArtisanOrder; dictionary: PortalDictionary }) {
  return (
    <ul className="portal-order-items">
      {order.items.map((item) => (
        <li key={item.id}>
          {item.thumbnail ? <img src={item.thumbnail} alt="" loading="lazy" /> : null}
          <span>{item.title}</span>
          <span className="portal-order-items__qty">
            {dictionary.order.quantity} {item.quantity}
          </span>
        </li>
      ))}
    </ul>
  )
}
