import type { Dictionary } from '@/i18n/dictionary'
import type { Market } from '@/i18n/markets'

import { CartButton } from './cart/cart-button'
import { MainNav } from './layout/main-nav'
import { MarketSelector } from './layout/market-selector'
import { SearchForm } from './layout/search-form'

type Props = {
  market: Market
  dictionary: Dictionary
  /** The page's path after the market segment ('' for the home), for the language switch. */
  path: string
}

/** Rendered by each page (not the layout): only the page knows its path. */
export function SiteHeader({ market, dictionary, path }: Props) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={`/${market.segment}`} className="site-header__brand">
          {dictionary.siteName}
        </a>
        <MainNav market={market} path={path} dictionary={dictionary} />
        <SearchForm market={market} dictionary={dictionary} />
        <MarketSelector market={market} path={path} dictionary={dictionary} />
        <CartButton market={market.segment} locale={market.locale} />
      </div>
    </header>
  )
}
