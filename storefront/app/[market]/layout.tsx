import '@/styles/globals.css'

import type { Metadata, Viewport } from 'next'
import type React from 'react'

import { SiteFooter } from '@/components/site-footer'
import { getDictionary } from '@/i18n/dictionary'
import { defaultMarket, parseMarket } from '@/i18n/markets'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { metadataBase } from '@/lib/metadata'

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#faf8f3',
}

export async function generateMetadata({ params }: LayoutProps<'/[market]'>): Promise<Metadata> {
  const market = parseMarket((await params).market)
  const dictionary = getDictionary(market?.locale ?? 'ja')
  return {
    metadataBase,
    title: { default: dictionary.siteName, template: `%s | ${dictionary.siteName}` },
    description: dictionary.metaDescription,
    icons: { icon: '/icon.svg' },
  }
}

/**
 * The shop's root layout: `<html lang>` follows the market. Pages render the header and `<main>`
 * (components/page-shell.tsx): the header's language switch needs the page's path. The layout
 * renders even for a segment that is not a market, so a 404 has a document around it.
 */
export default async function MarketLayout({ children, params }: LayoutProps<'/[market]'>) {
  const market = parseMarket((await params).market) ?? defaultMarket
  const dictionary = getDictionary(market.locale)
  return (
    <html lang={market.locale}>
      <body>
        <a href="#main" className="skip-link">
          {dictionary.skipToContent}
        </a>
        {children}
        <SiteFooter dictionary={dictionary} />
      </body>
    </html>
  )
}

/** No market is prerendered at build time (see lib/build-placeholder.ts). */
export function generateStaticParams(): { market: string }[] {
  return [{ market: BUILD_PLACEHOLDER }]
}
