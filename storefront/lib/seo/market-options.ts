import { languageTag, locales, type Market, marketSegment } from '@/i18n/markets'
import type { Region } from '@/lib/commerce/types'

export type MarketOption = Market & { currency: string; languageTag: string }

/** Every market the regions allow: each language × each country of a region, sorted by segment. */
export function marketsOf(regions: readonly Region[]): MarketOption[] {
  const markets: MarketOption[] = []
  for (const region of regions) {
    for (const country of region.countries) {
      for (const locale of locales) {
        markets.push({
          segment: marketSegment(locale, country),
          locale,
          country,
          currency: region.currency,
          languageTag: languageTag({ locale, country }),
        })
      }
    }
  }
  const unique = new Map(markets.map((market) => [market.segment, market]))
  return [...unique.values()].sort((a, b) => a.segment.localeCompare(b.segment))
}
