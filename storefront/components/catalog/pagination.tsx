import type { Dictionary } from '@/i18n/dictionary'
import { type CatalogFilters, catalogQuery } from '@/lib/commerce/catalog-filters'

type Props = {
  filters: CatalogFilters
  page: number
  pageCount: number
  basePath: string
  dictionary: Dictionary
}

export function Pagination({ filters, page, pageCount, basePath, dictionary }: Props) {
  if (pageCount <= 1) return null
  const href = (target: number) => `${basePath}${catalogQuery(filters, { page: target })}`
  return (
    <nav className="pagination" aria-label={dictionary.browse.pagination}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {dictionary.browse.previous}
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">{dictionary.browse.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {dictionary.browse.next}
        </a>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  )
}
