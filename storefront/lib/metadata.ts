import type { Metadata } from 'next'

import {
  internationalMarketSegment,
  languageTag,
  type Market,
  parseMarket,
  primaryMarketSegments,
} from '@/i18n/markets'
import { env } from '@/lib/env'

/**
 * Canonical URL and hreflang alternates of a page that exists in every market. `path` is the part
 * after the market segment: '' for a market's home, '/products/kutani-gosai-plate'.
 */
export function alternatesFor(market: Market, path: string): Metadata['alternates'] {
  const languages: Record<string, string> = {}
  for (const segment of new Set([...primaryMarketSegments, market.segment])) {
    const other = parseMarket(segment)
    if (other) languages[languageTag(other)] = `/${segment}${path}`
  }
  languages['x-default'] = `/${internationalMarketSegment}${path}`
  return { canonical: `/${market.segment}${path}`, languages }
}

export const metadataBase = new URL(env.siteUrl)
