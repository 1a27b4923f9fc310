import '@/components/cart/shopper.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { CheckoutContents } from '@/components/checkout/checkout-contents'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { getShopperTexts } from '@/i18n/shopper-texts'
import { resolveMarket } from '@/lib/market'

export async function generateMetadata({ params }: PageProps<'/[market]/checkout'>): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  return { title: getShopperTexts(market.locale).checkout.title, robots: { index: false } }
}

export default async function CheckoutPage({ params }: PageProps<'/[market]/checkout'>) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const texts = getShopperTexts(market.locale)
  return (
    <PageShell market={market} dictionary={getDictionary(market.locale)} path="/checkout">
      <h1>{texts.checkout.title}</h1>
      <Suspense fallback={<p className="muted" aria-busy="true">…</p>}>
        <CheckoutContents market={market} />
      </Suspense>
    </PageShell>
  )
}
