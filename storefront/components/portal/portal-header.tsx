import Link from 'next/link'

import { signOutAction } from '@/actions/portal/auth'
import { languageTag, locales, type Market, marketSegment } from '@/i18n/markets'
import type { PortalDictionary } from '@/i18n/portal'
import { portalPath } from '@/lib/portal/paths'

type Props = {
  market: Market
  dictionary: PortalDictionary
  /** The page's path inside the portal ('' for the dashboard), for the language switch. */
  path: string
  signedIn: boolean
}

/** The portal's own header: its name, the language switch (Japanese first) and sign out. */
export function PortalHeader({ market, dictionary, path, signedIn }: Props) {
  return (
    <header className="portal-header">
      <div className="portal-header__inner">
        <Link href={portalPath(market.segment)} className="portal-header__brand">
          {dictionary.title}
        </Link>
        <nav aria-label={dictionary.nav.label} className="portal-header__nav">
          <ul>
            {locales
              .filter((locale) => locale !== market.locale)
              .map((locale) => (
                <li key={locale}>
                  <Link
                    href={portalPath(marketSegment(locale, market.country), path)}
                    hrefLang={languageTag({ locale, country: market.country })}
                    lang={locale}
                    className="portal-header__link"
                  >
                    {locale === 'ja' ? '日本語' : 'English'}
                  </Link>
                </li>
              ))}
            {signedIn ? (
              <li>
                <form action={signOutAction}>
                  <input type="hidden" name="market" value={market.segment} />
                  <button type="submit" className="portal-header__link portal-header__button">
                    {dictionary.nav.signOut}
                  </button>
                </form>
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </header>
  )
}
