import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/page-shell'
import { ProductCard } from '@/components/product-card'
import { StoryCard } from '@/components/story-card'
import { getDictionary } from '@/i18n/dictionary'
import { listLatestStories } from '@/lib/cms/stories'
import { listFeaturedProducts } from '@/lib/commerce/products'
import { resolveMarket } from '@/lib/market'
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

/** A market's home: featured works from Medusa, priced in its currency, and the latest stories. */
export default async function HomePage({ params }: PageProps<'/[market]'>) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const dictionary = getDictionary(market.locale)
  const [products, stories] = await Promise.all([
    listFeaturedProducts(market.region, market.locale),
    listLatestStories(market.locale),
  ])

  return (
    <PageShell market={market} dictionary={dictionary} path="">
      <section className="hero">
        <h1>{dictionary.home.heroTitle}</h1>
        <p>{dictionary.home.heroText}</p>
      </section>

      <section className="section" aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="section__title">
          {dictionary.home.featured}
        </h2>
        {products.length > 0 ? (
          <ul className="grid">
            {products.map((product) => (
              <li key={product.id}>
                <ProductCard
                  product={product}
                  marketSegment={market.segment}
                  languageTag={market.languageTag}
                  dictionary={dictionary}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{dictionary.home.noProducts}</p>
        )}
      </section>

      <section className="section" aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="section__title">
          {dictionary.home.latestStories}
        </h2>
        {stories.length > 0 ? (
          <ul className="story-list">
            {stories.map((story) => (
              <li key={story.slug}>
                <StoryCard
                  story={story}
                  marketSegment={market.segment}
                  languageTag={market.languageTag}
                  dictionary={dictionary}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{dictionary.home.noStories}</p>
        )}
      </section>
    </PageShell>
  )
}
