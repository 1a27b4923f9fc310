import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/page-shell'
import { ProductCard } from '@/components/product-card'
import { PublishedDate } from '@/components/published-date'
import { RichText } from '@/components/rich-text'
import { getDictionary } from '@/i18n/dictionary'
import { getStory } from '@/lib/cms/stories'
import { listProductsByHandle } from '@/lib/commerce/products'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { resolveMarket } from '@/lib/market'
import { alternatesFor } from '@/lib/metadata'

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
    alternates: alternatesFor(market, `/stories/${story.slug}`),
    openGraph: { type: 'article', publishedTime: story.publishedAt ?? undefined },
  }
}

/** A magazine story from Payload, with the works it features priced from Medusa. */
export default async function StoryPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { market, story } = found
  const dictionary = getDictionary(market.locale)
  const products = await listProductsByHandle(
    story.featuredProductHandles,
    market.region,
    market.locale,
  )

  return (
    <PageShell market={market} dictionary={dictionary} path={`/stories/${story.slug}`}>
      <article className="article">
        <header>
          {story.artisan ? (
            <p className="muted">
              {dictionary.crafts[story.artisan.craft] ?? story.artisan.craft} · {story.artisan.name}
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
        <RichText data={story.body} />
      </article>

      {products.length > 0 ? (
        <section className="section" aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="section__title">
            {dictionary.story.featured}
          </h2>
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
        </section>
      ) : null}
    </PageShell>
  )
}
