import Link from 'next/link'

import type { PortalDictionary } from '@/i18n/portal'
import { portalPath } from '@/lib/portal/paths'
import type { ArtisanOrder } from '@/lib/portal/schemas'

import { OrderItems } from './order-items'

type Props = { market: string; languageTag: string; orders: ArtisanOrder[]; dictionary: PortalDictionary }

/** Orders waiting to ship, each with the artisan's items and a link to ship it. */
export function OrderList({ market, languageTag, orders, dictionary }: Props) {
  if (orders.length === 0) return <p className="muted">{dictionary.dashboard.noOrders}</p>
  const date = new Intl.DateTimeFormat(languageTag, { dateStyle: 'medium', timeZone: 'Asia/Tokyo' })
  return (
    <ul className="portal-list">
      {orders.map((order) => (
        <li key={order.id} className="portal-card" data-order-id={order.id}>
          <h3>{dictionary.order.title(order.display_id)}</h3>
          <p className="muted">
            {dictionary.order.placed} {date.format(new Date(order.created_at))}
          </p>
          <OrderItems order={order} dictionary={dictionary} />
          <Link href={portalPath(market, `/orders/${order.id}`)} className="portal-button portal-button--link">
            {dictionary.order.open}
          </Link>
        </li>
      ))}
    </ul>
  )
}
