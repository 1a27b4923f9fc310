import '@/components/cart/shopper.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { CartContents } from '@/components/cart/cart-contents'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { getShopperTexts } from '@/i18n/shopper-texts'
import { resolveMarket } from '@/lib/market'

export async function generateMetadata({ params }: PageProps<'/[market]/cart'>): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  return { title: getShopperTexts(market.locale).cart.title, robots: { index: false } }
}

/** The cart page: the shell is the same for everyone, the cart itself a dynamic hole. */
export default async function CartPage({ params }: PageProps<'/[market]/cart'>) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const texts = getShopperTexts(market.locale)
  return (
    <PageShell market={market} dictionary={getDictionary(market.locale)} path="/cart">
      <h1>{texts.cart.title}</h1>
      <Suspense fallback={<p className="muted" aria-busy="true">…</p>}>
        <CartContents market={market} />
      </Suspense>
    </PageShell>
  )
}
