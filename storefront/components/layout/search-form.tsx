import type { Dictionary } from '@/i18n/dictionary'
import type { Market } from '@/i18n/markets'

type Props = { market: Market; dictionary: Dictionary; defaultValue?: string; id?: string }

/** A plain GET form to the market's search page (no JavaScript needed). */
export function SearchForm({ market, dictionary, defaultValue, id = 'site-search' }: Props) {
  return (
    <form action={`/${market.segment}/search`} method="get" role="search" className="search-form">
      <label htmlFor={id} className="visually-hidden">
        {dictionary.browse.searchLabel}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={100}
        placeholder={dictionary.browse.searchLabel}
        autoComplete="off"
      />
      <button type="submit" className="button button--quiet">
        {dictionary.browse.searchButton}
      </button>
    </form>
  )
}
