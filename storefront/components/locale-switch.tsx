import type { Dictionary } from '@/i18n/dictionary'
import { languageTag, locales, type Market, marketSegment } from '@/i18n/markets'

type Props = { market: Market; path: string; dictionary: Dictionary }

/**
 * Links to the same page in the other language, keeping the country (and so the currency):
 * /ja-jp/products/x ⇄ /en-jp/products/x. Rendered on the server from the page's own path.
 */
export function LocaleSwitch({ market, path, dictionary }: Props) {
  return (
    <nav aria-label={dictionary.market.label} className="locale-switch">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === market.locale ? (
              <span aria-current="true" lang={locale}>
                {dictionary.market[locale]}
              </span>
            ) : (
              <a
                href={`/${marketSegment(locale, market.country)}${path}`}
                hrefLang={languageTag({ locale, country: market.country })}
                lang={locale}
              >
                {dictionary.market[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
