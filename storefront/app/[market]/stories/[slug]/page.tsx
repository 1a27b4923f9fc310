import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ShopImage } from '@/components/shop-image'

import { ProductGrid } from '@/components/catalog/product-grid'
import { JsonLdScript } from '@/components/layout/json-ld'
import { PageShell } from '@/components/page-shell'
import { PublishedDate } from '@/components/published-date'
import { RichText } from '@/components/rich-text'
import { getDictionary } from '@/i18n/dictionary'
import { getStory } from '@/lib/cms/stories'
import { listProductsByHandle } from '@/lib/commerce/products'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { env } from '@/lib/env'
import { resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'
import { alternatesFor } from '@/lib/seo/alternates'
import { articleJsonLd } from '@/lib/seo/json-ld'
import { listMarkets } from '@/lib/seo/markets'

type Props = PageProps<'/[market]/stories/[slug]'>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

async function load(params: Props['params']) {
  const { market: segment, slug } = await params
  if (!SLUG.test(slug) || slug.length > 200) return null
  const market = await resolveMarket(segment)
  if (!market) return null
  const story = await getStory(slug, market.locale)
  return story ? { market, story } : null
}

/** Nothing is prerendered at build time (see lib/build-placeholder.ts). */
export function generateStaticParams(): { slug: string }[] {
  return [{ slug: BUILD_PLACEHOLDER }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const { market, story } = found
  return {
    title: story.title,
    description: story.excerpt ?? undefined,
    alternates: alternatesFor(market, `/stories/${story.slug}`, await listMarkets()),
    openGraph: {
      type: 'article',
      title: story.title,
      description: story.excerpt ?? undefined,
      publishedTime: story.publishedAt ?? undefined,
      locale: market.languageTag.replace('-', '_'),
    },
  }
}

/** A magazine story from Payload, with the works it features priced from Medusa. */
export default async function StoryPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { market, story } = found
  const dictionary = getDictionary(market.locale)
  // The story stands on its own when Medusa cannot be read on a first render.
  const products = await optionalRead(
    'featured works',
    () => listProductsByHandle(story.featuredProductHandles, market.region, market.locale),
    [],
  )
  const path = `/stories/${story.slug}`

  return (
    <PageShell market={market} dictionary={dictionary} path={path}>
      <JsonLdScript
        data={articleJsonLd({
          headline: story.title,
          description: story.excerpt,
          url: `${env.siteUrl}/${market.segment}${path}`,
          datePublished: story.publishedAt,
          image: story.heroImage ? new URL(story.heroImage.url, env.siteUrl).toString() : null,
          authorName: null,
          publisher: dictionary.siteName,
          inLanguage: market.locale,
        })}
      />
      <article className="article">
        <header>
          {story.artisan ? (
            <p className="muted">
              {dictionary.crafts[story.artisan.craft] ?? story.artisan.craft} ·{' '}
              <a href={`/${market.segment}/artisans/${story.artisan.handle}`}>
                {story.artisan.name}
              </a>
            </p>
          ) : null}
          <h1>{story.title}</h1>
          {story.excerpt ? <p className="article__lead">{story.excerpt}</p> : null}
          <PublishedDate
            value={story.publishedAt}
            languageTag={market.languageTag}
            label={dictionary.story.publishedOn}
          />
        </header>
        {story.heroImage ? (
          <ShopImage
            src={story.heroImage.url}
            alt={story.heroImage.alt}
            width={story.heroImage.width ?? 1200}
            height={story.heroImage.height ?? 800}
            sizes="(min-width: 40rem) 40rem, 100vw"
            priority
            className="article__hero"
          />
        ) : null}
        <RichText data={story.body} />
      </article>

      {products.length > 0 ? (
        <section className="section" aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="section__title">
            {dictionary.story.featured}
          </h2>
          <ProductGrid
            products={products}
            marketSegment={market.segment}
            languageTag={market.languageTag}
            dictionary={dictionary}
          />
        </section>
      ) : null}
    </PageShell>
  )
}
