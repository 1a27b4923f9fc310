/**
 * Markets: the URL's first segment `{locale}-{country}` (Shopify-Markets-style subfolders), e.g.
 * `/ja-jp` (Japanese, Japan) or `/en-us` (English, United States). The language comes from the
 * segment; which countries exist (and their currency) is decided by Medusa's regions.
 */
export const locales = ['ja', 'en'] as const
export type Locale = (typeof locales)[number]

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

export type Market = {
  /** The URL segment, always lower case: `ja-jp`. */
  segment: string
  locale: Locale
  /** ISO 3166-1 alpha-2, lower case as Medusa stores it: `jp`. */
  country: string
}

export const defaultMarketSegment = 'ja-jp'
/** The market of `/ja-jp`, used where a page has no valid market of its own. */
export const defaultMarket: Market = { segment: defaultMarketSegment, locale: 'ja', country: 'jp' }
/** Where visitors who do not prefer Japanese land. */
export const internationalMarketSegment = 'en-us'
/** Markets every page links to as language alternates (hreflang). */
export const primaryMarketSegments = [defaultMarketSegment, internationalMarketSegment] as const

const MARKET_PATTERN = /^(ja|en)-([a-z]{2})$/

/** Parses a market segment; `null` for anything that is not a well-formed, lower-case market. */
export function parseMarket(segment: string): Market | null {
  const [, locale, country] = MARKET_PATTERN.exec(segment) ?? []
  if (!locale || !country || !isLocale(locale)) return null
  return { segment, locale, country }
}

export function marketSegment(locale: Locale, country: string): string {
  return `${locale}-${country.toLowerCase()}`
}

/** BCP 47 tag for Intl and hreflang: `ja-JP`, `en-US`. */
export function languageTag(market: Pick<Market, 'locale' | 'country'>): string {
  return `${market.locale}-${market.country.toUpperCase()}`
}

/**
 * The market to send a visitor of `/` to: Japanese when the browser's most preferred language we
 * serve is Japanese, otherwise the international English market.
 */
export function marketForAcceptLanguage(header: string | null | undefined): string {
  if (!header) return defaultMarketSegment
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number.parseFloat(q.slice(2)) : 1
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality, index }
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  const preferred = ranked.find((entry) => entry.language === 'ja' || entry.language === 'en')
  if (preferred?.language === 'ja') return defaultMarketSegment
  if (preferred?.language === 'en' || ranked.length > 0) return internationalMarketSegment
  return defaultMarketSegment
}
