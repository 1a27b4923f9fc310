import { defaultMarket, isLocale, type Locale, marketSegment, parseMarket } from './markets'

/**
 * Which market a visitor of `/` lands in, and the explicit choice made with the market selector.
 * Pure functions: proxy.ts feeds them the request's headers and cookie.
 */

/** The selector's form posts here (GET); proxy.ts answers with a redirect and the cookie. */
export const MARKET_CHOICE_PATH = '/set-market'
export const MARKET_COOKIE = 'market'
export const MARKET_COOKIE_MAX_AGE = 60 * 60 * 24 * 365

/** Country headers set by hosting platforms and CDNs, most specific first. */
export const COUNTRY_HEADERS = ['x-vercel-ip-country', 'cf-ipcountry', 'cloudfront-viewer-country', 'x-country-code'] as const

/** Countries that always have a market (seeded regions), used when the region list is unknown. */
const FALLBACK_COUNTRIES: ReadonlySet<string> = new Set(['jp', 'us'])
const DEFAULT_COUNTRY: Record<Locale, string> = { ja: 'jp', en: 'us' }

type LanguagePreference = { language: string; region: string | null; quality: number; index: number }

function languagePreferences(header: string | null | undefined): LanguagePreference[] {
  if (!header) return []
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number.parseFloat(q.slice(2)) : 1
      const [language = '', region] = tag.trim().toLowerCase().split('-')
      return {
        language,
        region: region && /^[a-z]{2}$/.test(region) ? region : null,
        quality,
        index,
      }
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
}

function normalizeCountry(value: string | null | undefined): string | null {
  const country = value?.trim().toLowerCase()
  return country && /^[a-z]{2}$/.test(country) ? country : null
}

export type VisitorSignals = {
  cookie: string | null | undefined
  acceptLanguage: string | null | undefined
  /** From a CDN country header (`x-vercel-ip-country`, `cf-ipcountry`, ...). */
  country: string | null | undefined
  /** Countries Medusa's regions sell to (lower case); null when unknown. */
  served: ReadonlySet<string> | null
}

/**
 * The market for `/`: an explicit earlier choice (cookie) wins; otherwise the language from
 * Accept-Language (Japanese or English; no header → Japanese, any other language → English) and
 * the country from the CDN's header, else from the language tag's region (`en-GB`), else the
 * language's home market (ja → jp, en → us). A country no region sells to is never chosen.
 */
export function marketForVisitor(signals: VisitorSignals): string {
  const served = signals.served ?? FALLBACK_COUNTRIES
  const remembered = parseMarket(signals.cookie?.trim().toLowerCase() ?? '')
  if (remembered && served.has(remembered.country)) return remembered.segment

  const preferences = languagePreferences(signals.acceptLanguage)
  const preferred = preferences.find((p) => p.language === 'ja' || p.language === 'en')
  const locale: Locale =
    preferred?.language === 'en' || (!preferred && preferences.length > 0)
      ? 'en'
      : (defaultMarket.locale as Locale)

  const candidates = [
    normalizeCountry(signals.country),
    preferred?.region ?? null,
    ...preferences.map((p) => p.region),
  ]
  const country = candidates.find((c): c is string => c !== null && served.has(c))
  return marketSegment(locale, country ?? DEFAULT_COUNTRY[locale])
}

const SAFE_PATH = /^(\/[a-zA-Z0-9._~%-]+)*\/?$/

export type MarketChoice =
  | { ok: true; segment: string; location: string }
  | { ok: false; message: string }

/**
 * Reads the market selector's form (`?locale=en&country=de&path=/products/x`): the target is the
 * same page in the chosen market. Only a local path made of plain segments is followed.
 */
export function parseMarketChoice(
  params: URLSearchParams,
  served: ReadonlySet<string> | null,
): MarketChoice {
  const locale = params.get('locale')?.trim().toLowerCase() ?? ''
  const country = normalizeCountry(params.get('country'))
  const path = params.get('path')?.trim() ?? ''
  if (!isLocale(locale)) return { ok: false, message: 'Choose a language: ja or en.' }
  if (!country) return { ok: false, message: 'Choose a country (two-letter code).' }
  if (!(served ?? FALLBACK_COUNTRIES).has(country)) {
    return { ok: false, message: `We do not ship to "${country.toUpperCase()}" yet.` }
  }
  if (path !== '' && (!SAFE_PATH.test(path) || path.startsWith('//') || path.length > 300)) {
    return { ok: false, message: 'The page to return to is not a path of this shop.' }
  }
  const segment = marketSegment(locale, country)
  const rest = path === '/' ? '' : path
  return { ok: true, segment, location: `/${segment}${rest}` }
}

const CRAWLER = /bot|crawler|spider|crawling|slurp|facebookexternalhit|embedly|lighthouse-ci|bingpreview|yandex|baidu|duckduck|applebot|petalbot|semrush|ahrefs/i

/** Search engines and link previews: they get the x-default market's page at `/` with a 200. */
export function isCrawler(userAgent: string | null | undefined): boolean {
  return Boolean(userAgent && CRAWLER.test(userAgent))
}
