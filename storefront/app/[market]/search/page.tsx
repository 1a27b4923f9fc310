import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { ProductGrid } from '@/components/catalog/product-grid'
import { SearchForm } from '@/components/layout/search-form'
import { PageShell } from '@/components/page-shell'
import { StoryList } from '@/components/story/story-list'
import { type Dictionary, getDictionary } from '@/i18n/dictionary'
import { MAX_QUERY_LENGTH, searchProducts } from '@/lib/commerce/search'
import { type ResolvedMarket, resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'

import { searchStories } from './search-stories'

type Props = PageProps<'/[market]/search'>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  return {
    title: getDictionary(market.locale).browse.searchTitle,
    robots: { index: false, follow: true },
  }
}

/** Search over works (Medusa, cached per query) and stories (Payload). */
export default async function SearchPage({ params, searchParams }: Props) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const dictionary = getDictionary(market.locale)
  return (
    <PageShell market={market} dictionary={dictionary} path="/search">
      <h1>{dictionary.browse.searchTitle}</h1>
      <Suspense fallback={<p className="muted">…</p>}>
        <SearchResults market={market} dictionary={dictionary} searchParams={searchParams} />
      </Suspense>
    </PageShell>
  )
}

async function SearchResults({
  market,
  dictionary,
  searchParams,
}: {
  market: ResolvedMarket
  dictionary: Dictionary
  searchParams: Props['searchParams']
}) {
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, MAX_QUERY_LENGTH) ?? ''
  const [products, stories] = query
    ? await Promise.all([
        searchProducts(market.region, market.locale, query),
        optionalRead('story search', () => searchStories(market.locale, query), []),
      ])
    : [[], []]
  return (
    <>
      <SearchForm market={market} dictionary={dictionary} defaultValue={query} id="search-page-query" />
      {query && products.length === 0 && stories.length === 0 ? (
        <div className="section">
          <p>{dictionary.browse.searchNothing(query)}</p>
          <p className="muted">{dictionary.browse.searchHint}</p>
        </div>
      ) : null}
      {products.length > 0 ? (
        <section className="section" aria-labelledby="search-works">
          <h2 id="search-works" className="section__title">
            {dictionary.browse.searchWorks} ({products.length})
          </h2>
          <ProductGrid
            products={products}
            marketSegment={market.segment}
            languageTag={market.languageTag}
            dictionary={dictionary}
          />
        </section>
      ) : null}
      {stories.length > 0 ? (
        <section className="section" aria-labelledby="search-stories">
          <h2 id="search-stories" className="section__title">
            {dictionary.browse.searchStories} ({stories.length})
          </h2>
          <StoryList stories={stories} market={market} dictionary={dictionary} />
        </section>
      ) : null}
    </>
  )
}
