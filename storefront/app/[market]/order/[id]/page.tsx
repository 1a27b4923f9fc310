import '@/components/cart/shopper.css'
import '@/components/checkout/order.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { OrderContents } from '@/components/checkout/order-contents'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { getShopperTexts } from '@/i18n/shopper-texts'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { resolveMarket } from '@/lib/market'

type Props = PageProps<'/[market]/order/[id]'>

export function generateStaticParams(): { id: string }[] {
  return [{ id: BUILD_PLACEHOLDER }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  return { title: getShopperTexts(market.locale).order.confirmation, robots: { index: false } }
}

/** Order confirmation and order details; who may see an order is decided in OrderContents. */
export default async function OrderPage({ params }: Props) {
  const { market: segment, id } = await params
  const market = await resolveMarket(segment)
  if (!market || !/^order_[A-Za-z0-9]+$/.test(id)) notFound()
  return (
    <PageShell market={market} dictionary={getDictionary(market.locale)} path={`/order/${id}`}>
      <Suspense fallback={<p className="muted" aria-busy="true">…</p>}>
        <OrderContents market={market} id={id} />
      </Suspense>
    </PageShell>
  )
}
