import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { env } from '@/lib/env'
import { MARKET_CHOICE_PATH } from '@/i18n/market-choice'

/** robots.txt: the shop is open to crawlers; the admin, API, carts and accounts are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection() // SITE_URL is read when serving, not frozen at build time.
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/admin', '/api/', MARKET_CHOICE_PATH, '/*/cart', '/*/checkout', '/*/account', '/*/artisan$', '/*/artisan/', '/*/search'],
      },
    ],
    sitemap: `${env.siteUrl}/sitemap.xml`,
  }
}
