import type { Metadata } from 'next'

import { internationalMarketSegment, type Market } from '@/i18n/markets'

import type { MarketOption } from './market-options'

/**
 * Canonical URL and hreflang alternates of a page that exists in every market: one alternate per
 * market (`ja-JP`, `en-US`, `en-DE`, ...), plus `x-default` (the international English market).
 * `path` is the part after the market segment: '' for a market's home, '/products/x'.
 */
export function alternatesFor(
  market: Pick<Market, 'segment'>,
  path: string,
  markets: readonly MarketOption[],
): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {}
  for (const other of markets) languages[other.languageTag] = `/${other.segment}${path}`
  languages['x-default'] = `/${internationalMarketSegment}${path}`
  return { canonical: `/${market.segment}${path}`, languages }
}
