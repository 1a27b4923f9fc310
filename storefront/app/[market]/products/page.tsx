import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { FilterForm } from '@/components/catalog/filter-form'
import { Pagination } from '@/components/catalog/pagination'
import { ProductGrid } from '@/components/catalog/product-grid'
import { PageShell } from '@/components/page-shell'
import { type Dictionary, getDictionary } from '@/i18n/dictionary'
import { queryCatalog } from '@/lib/commerce/catalog'
import { parseCatalogFilters } from '@/lib/commerce/catalog-filters'
import { type ResolvedMarket, resolveMarket } from '@/lib/market'
import { alternatesFor } from '@/lib/seo/alternates'
import { listMarkets } from '@/lib/seo/markets'

type Props = PageProps<'/[market]/products'>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  const dictionary = getDictionary(market.locale)
  return {
    title: dictionary.browse.catalogTitle,
    description: dictionary.browse.catalogIntro,
    // Filtered views share the catalog's canonical URL.
    alternates: alternatesFor(market, '/products', await listMarkets()),
  }
}

/**
 * The catalog: the shell (header, title) is one cached document per market; the filtered list
 * depends on the query string, so it renders per request inside Suspense, from
 * `queryCatalog` — cached per filter set, so no request reaches Medusa.
 */
export default async function CatalogPage({ params, searchParams }: Props) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const dictionary = getDictionary(market.locale)
  return (
    <PageShell market={market} dictionary={dictionary} path="/products">
      <header className="page-header">
        <h1>{dictionary.browse.catalogTitle}</h1>
        <p className="muted">{dictionary.browse.catalogIntro}</p>
      </header>
      <Suspense fallback={<p className="muted">…</p>}>
        <CatalogResults market={market} dictionary={dictionary} searchParams={searchParams} />
      </Suspense>
    </PageShell>
  )
}

async function CatalogResults({
  market,
  dictionary,
  searchParams,
}: {
  market: ResolvedMarket
  dictionary: Dictionary
  searchParams: Props['searchParams']
}) {
  const filters = parseCatalogFilters(await searchParams)
  const result = await queryCatalog(market.region, market.locale, market.languageTag, filters)
  const basePath = `/${market.segment}/products`
  return (
    <div className="catalog">
      <FilterForm
        filters={filters}
        action={basePath}
        currency={market.region.currency}
        dictionary={dictionary}
      />
      <section aria-labelledby="results-heading" className="catalog__results">
        <h2 id="results-heading" className="catalog__count" aria-live="polite">
          {dictionary.browse.results(result.total)}
        </h2>
        {result.products.length > 0 ? (
          <ProductGrid
            products={result.products}
            marketSegment={market.segment}
            languageTag={market.languageTag}
            dictionary={dictionary}
            eager={2}
          />
        ) : (
          <p>{dictionary.browse.noResults}</p>
        )}
        <Pagination
          filters={filters}
          page={result.page}
          pageCount={result.pageCount}
          basePath={basePath}
          dictionary={dictionary}
        />
      </section>
    </div>
  )
}
