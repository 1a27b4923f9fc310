import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageBlocks } from '@/components/blocks/page-blocks'
import { ProductGrid } from '@/components/catalog/product-grid'
import { JsonLdScript } from '@/components/layout/json-ld'
import { PageShell } from '@/components/page-shell'
import { StoryList } from '@/components/story/story-list'
import { getDictionary } from '@/i18n/dictionary'
import { getPage } from '@/lib/cms/pages'
import { listLatestStories } from '@/lib/cms/stories'
import { listFeaturedProducts } from '@/lib/commerce/products'
import { env } from '@/lib/env'
import { resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'
import { alternatesFor } from '@/lib/seo/alternates'
import { listMarkets } from '@/lib/seo/markets'

export async function generateMetadata({ params }: PageProps<'/[market]'>): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  const dictionary = getDictionary(market.locale)
  return {
    title: { absolute: `${dictionary.siteName} | ${dictionary.siteTagline}` },
    alternates: alternatesFor(market, '', await listMarkets()),
  }
}

/**
 * A market's home: the CMS page `home` (hero, product rails with live prices, featured story and
 * craft), then the latest stories. Without the CMS page (or the CMS), the newest works still show.
 */
export default async function HomePage({ params }: PageProps<'/[market]'>) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const dictionary = getDictionary(market.locale)
  const [page, stories] = await Promise.all([
    optionalRead('home page', () => getPage('home', market.locale), null),
    optionalRead('latest stories', () => listLatestStories(market.locale), []),
  ])
  const hasHero = page?.blocks.some((block) => block.blockType === 'hero') ?? false
  const hasRail = page?.blocks.some((block) => block.blockType === 'productRail') ?? false
  const products = hasRail ? [] : await listFeaturedProducts(market.region, market.locale)

  return (
    <PageShell market={market} dictionary={dictionary} path="">
      <JsonLdScript
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: dictionary.siteName,
          url: `${env.siteUrl}/${market.segment}`,
          inLanguage: market.locale,
          potentialAction: {
            '@type': 'SearchAction',
            target: `${env.siteUrl}/${market.segment}/search?q={query}`,
            'query-input': 'required name=query',
          },
        }}
      />
      {hasHero ? null : (
        <section className="hero">
          <h1>{dictionary.home.heroTitle}</h1>
          <p>{dictionary.home.heroText}</p>
        </section>
      )}

      {page ? <PageBlocks blocks={page.blocks} market={market} dictionary={dictionary} /> : null}

      {hasRail ? null : (
        <section className="section" aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="section__title">
            {dictionary.home.featured}
          </h2>
          {products.length > 0 ? (
            <ProductGrid
              products={products}
              marketSegment={market.segment}
              languageTag={market.languageTag}
              dictionary={dictionary}
              eager={2}
            />
          ) : (
            <p className="muted">{dictionary.home.noProducts}</p>
          )}
        </section>
      )}

      <section className="section" aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="section__title">
          {dictionary.home.latestStories}
        </h2>
        {stories.length > 0 ? (
          <StoryList stories={stories} market={market} dictionary={dictionary} />
        ) : (
          <p className="muted">{dictionary.home.noStories}</p>
        )}
      </section>
    </PageShell>
  )
}
