import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { OrderItems } from '@/components/portal/order-items'
import { PortalShell } from '@/components/portal/portal-shell'
import { ShipForm } from '@/components/portal/ship-form'
import { getPortalDictionary } from '@/i18n/portal'
import { parseMarket } from '@/i18n/markets'
import { requireArtisan } from '@/lib/portal/current-artisan'
import { retrieveArtisanOrder } from '@/lib/portal/orders'
import { portalPageMarket } from '@/lib/portal/page-market'
import { portalPath } from '@/lib/portal/paths'

type Props = PageProps<'/[market]/artisan/orders/[id]'>

/** Reads the session cookie or the URL's query: rendered per request, like every portal page. */
export const instant = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = parseMarket((await params).market)
  return { title: getPortalDictionary(market?.locale ?? 'ja').order.open }
}

/** An order's items that are the artisan's, and the form to mark them shipped. */
export default async function OrderPage({ params }: Props) {
  const { market, dictionary } = await portalPageMarket(params)
  const { token } = await requireArtisan(market.segment)
  const { id } = await params
  const result = await retrieveArtisanOrder(token, id)
  if (!result) notFound()
  if (!result.ok) throw new Error(`GET /artisan/orders/${id} failed: ${result.status} ${result.message}`)
  const order = result.data.order
  const text = dictionary.order
  const date = new Intl.DateTimeFormat(market.languageTag, { dateStyle: 'medium', timeZone: 'Asia/Tokyo' })

  return (
    <PortalShell market={market} dictionary={dictionary} path={`/orders/${order.id}`} signedIn>
      <p>
        <Link href={portalPath(market.segment)} className="portal-header__link">
          ← {text.back}
        </Link>
      </p>
      <h1>{text.title(order.display_id)}</h1>
      <p className="muted">
        {text.placed} {date.format(new Date(order.created_at))}
      </p>
      <section className="portal-card" aria-labelledby="items-heading">
        <h2 id="items-heading">{text.items}</h2>
        <OrderItems order={order} dictionary={dictionary} />
      </section>
      {order.shipped ? (
        <p role="status" className="portal-message" data-order-shipped>
          {text.shippedWith(order.carrier ?? '', order.tracking_number ?? '')}
        </p>
      ) : (
        <section className="portal-card" aria-labelledby="ship-heading">
          <h2 id="ship-heading">{text.waiting}</h2>
          <ShipForm market={market.segment} locale={market.locale} orderId={order.id} />
        </section>
      )}
    </PortalShell>
  )
}
