import '@/components/cart/shopper.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { AccountContents } from '@/components/account/account-contents'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { getShopperTexts } from '@/i18n/shopper-texts'
import { resolveMarket } from '@/lib/market'

export async function generateMetadata({ params }: PageProps<'/[market]/account'>): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  return { title: getShopperTexts(market.locale).account.title, robots: { index: false } }
}

export default async function AccountPage({ params }: PageProps<'/[market]/account'>) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const texts = getShopperTexts(market.locale)
  return (
    <PageShell market={market} dictionary={getDictionary(market.locale)} path="/account">
      <h1>{texts.account.title}</h1>
      <Suspense fallback={<p className="muted" aria-busy="true">…</p>}>
        <AccountContents market={market} />
      </Suspense>
    </PageShell>
  )
}
