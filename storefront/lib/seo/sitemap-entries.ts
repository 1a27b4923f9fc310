import type { MetadataRoute } from 'next'

import { internationalMarketSegment, languageTag, primaryMarketSegments, parseMarket } from '@/i18n/markets'

/**
 * Sitemap entries of one page in both languages (the primary markets `/ja-jp` and `/en-us`), each
 * listing the other as its hreflang alternate. Pure, so it is unit-tested.
 */
export function sitemapEntriesFor(
  siteUrl: string,
  path: string,
  options: { lastModified?: string | null; priority?: number } = {},
): MetadataRoute.Sitemap {
  const languages: Record<string, string> = {}
  for (const segment of primaryMarketSegments) {
    const market = parseMarket(segment)
    if (market) languages[languageTag(market)] = `${siteUrl}/${segment}${path}`
  }
  languages['x-default'] = `${siteUrl}/${internationalMarketSegment}${path}`
  return primaryMarketSegments.map((segment) => ({
    url: `${siteUrl}/${segment}${path}`,
    ...(options.lastModified ? { lastModified: options.lastModified } : {}),
    ...(options.priority !== undefined ? { priority: options.priority } : {}),
    alternates: { languages },
  }))
}
