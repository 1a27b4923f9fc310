import '@/components/cart/shopper.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { LookupForm } from '@/components/checkout/lookup-form'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { getShopperTexts } from '@/i18n/shopper-texts'
import { resolveMarket } from '@/lib/market'

export async function generateMetadata({ params }: PageProps<'/[market]/order/lookup'>): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  return { title: getShopperTexts(market.locale).order.lookupTitle, robots: { index: false } }
}

/** Guest order lookup. The page itself reads no cookie; the form's server action does the work. */
export default async function OrderLookupPage({ params }: PageProps<'/[market]/order/lookup'>) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const texts = getShopperTexts(market.locale)
  return (
    <PageShell market={market} dictionary={getDictionary(market.locale)} path="/order/lookup">
      <h1>{texts.order.lookupTitle}</h1>
      <p>{texts.order.lookupText}</p>
      <LookupForm market={market.segment} texts={texts} />
    </PageShell>
  )
}
