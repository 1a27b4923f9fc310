import type { Dictionary } from '@/i18n/dictionary'
import { locales, type Market } from '@/i18n/markets'
import type { ResolvedMarket } from '@/lib/market'
import { listMarkets } from '@/lib/seo/markets'

import { MARKET_CHOICE_PATH } from '@/i18n/market-choice'

type Props = { market: Market; path: string; dictionary: Dictionary }

function isResolved(market: Market): market is ResolvedMarket {
  return 'region' in market
}

/**
 * Language and country, as a plain GET form (works without JavaScript). `/set-market` (proxy.ts)
 * remembers the choice in a cookie and sends the shopper to the same page in the chosen market,
 * so switching on a product page stays on that product, in the new currency.
 */
export async function MarketSelector({ market, path, dictionary }: Props) {
  // Only a page of a real market (resolved against Medusa's regions) lists the others. A 404 page
  // (also rendered by `next build`, which has no Medusa) offers its own market only.
  const markets = isResolved(market) ? await listMarkets() : []
  const countries = new Map<string, string>()
  for (const option of markets) countries.set(option.country, option.currency)
  if (!countries.has(market.country)) countries.set(market.country, '')
  const names = new Intl.DisplayNames([market.locale], { type: 'region' })
  const collator = new Intl.Collator(market.locale)
  const sorted = [...countries.entries()]
    .map(([country, currency]) => ({
      country,
      label: currency
        ? dictionary.marketSelector.current(names.of(country.toUpperCase()) ?? country, currency)
        : (names.of(country.toUpperCase()) ?? country),
    }))
    .sort((a, b) => collator.compare(a.label, b.label))
  const current = sorted.find((option) => option.country === market.country)

  return (
    <details className="market-selector">
      <summary>
        <span className="visually-hidden">{dictionary.market.label}: </span>
        <span lang={market.locale}>{dictionary.market[market.locale]}</span>
        {current ? <span> · {current.label}</span> : null}
      </summary>
      <form action={MARKET_CHOICE_PATH} method="get" className="market-selector__form">
        <input type="hidden" name="path" value={path} />
        <label>
          <span>{dictionary.marketSelector.language}</span>
          <select name="locale" defaultValue={market.locale}>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {dictionary.market[locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{dictionary.marketSelector.country}</span>
          <select name="country" defaultValue={market.country}>
            {sorted.map((option) => (
              <option key={option.country} value={option.country}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {dictionary.marketSelector.submit}
        </button>
      </form>
    </details>
  )
}
