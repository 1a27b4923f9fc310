import { getRegionForCountry } from '@/lib/commerce/regions'
import type { Region } from '@/lib/commerce/types'
import { languageTag, type Market, parseMarket } from '@/i18n/markets'

export type ResolvedMarket = Market & {
  region: Region
  /** BCP 47 tag for Intl formatting and hreflang: `ja-JP`. */
  languageTag: string
}

/**
 * A URL's market with the Medusa region that sells to its country, or null when the segment is not
 * a market or no region sells there (the page answers 404).
 */
export async function resolveMarket(segment: string): Promise<ResolvedMarket | null> {
  const market = parseMarket(segment)
  if (!market) return null
  const region = await getRegionForCountry(market.country)
  if (!region) return null
  return { ...market, region, languageTag: languageTag(market) }
}
