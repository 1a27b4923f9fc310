import type { Metadata } from 'next'

import { OrderList } from '@/components/portal/order-list'
import { PortalShell } from '@/components/portal/portal-shell'
import { ProductList } from '@/components/portal/product-list'
import { getPortalDictionary } from '@/i18n/portal'
import { parseMarket } from '@/i18n/markets'
import { requireArtisan } from '@/lib/portal/current-artisan'
import { listArtisanOrders } from '@/lib/portal/orders'
import { portalPageMarket } from '@/lib/portal/page-market'
import { listArtisanProducts } from '@/lib/portal/products'

type Props = PageProps<'/[market]/artisan'>

/** Reads the session cookie or the URL's query: rendered per request, like every portal page. */
export const instant = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = parseMarket((await params).market)
  return { title: getPortalDictionary(market?.locale ?? 'ja').dashboard.title }
}

/** The artisan's dashboard: their works and the orders waiting for them to ship. */
export default async function PortalDashboard({ params }: Props) {
  const { market, dictionary } = await portalPageMarket(params)
  const { token, artisan } = await requireArtisan(market.segment)
  const [products, orders] = await Promise.all([listArtisanProducts(token), listArtisanOrders(token)])
  if (!products.ok) throw new Error(`GET /artisan/products failed: ${products.status} ${products.message}`)
  if (!orders.ok) throw new Error(`GET /artisan/orders failed: ${orders.status} ${orders.message}`)
  const waiting = orders.data.orders.filter((order) => !order.shipped)
  const name = market.locale === 'ja' ? artisan.name_ja : artisan.name_en

  return (
    <PortalShell market={market} dictionary={dictionary} path="" signedIn>
      <h1>{dictionary.dashboard.greeting(name)}</h1>
      <section className="portal-section" aria-labelledby="orders-heading">
        <h2 id="orders-heading">{dictionary.dashboard.orders}</h2>
        <OrderList
          market={market.segment}
          languageTag={market.languageTag}
          orders={waiting}
          dictionary={dictionary}
        />
      </section>
      <section className="portal-section" aria-labelledby="products-heading">
        <h2 id="products-heading">{dictionary.dashboard.products}</h2>
        <ProductList
          market={market.segment}
          locale={market.locale}
          languageTag={market.languageTag}
          products={products.data.products}
          dictionary={dictionary}
        />
      </section>
    </PortalShell>
  )
}
