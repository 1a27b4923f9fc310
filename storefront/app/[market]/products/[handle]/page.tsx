import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ProductGrid } from '@/components/catalog/product-grid'
import { JsonLdScript } from '@/components/layout/json-ld'
import { PageShell } from '@/components/page-shell'
import { ArtisanCard } from '@/components/product/artisan-card'
import { CraftDetailsSection } from '@/components/product/craft-details'
import { Gallery } from '@/components/product/gallery'
import { PurchasePanel } from '@/components/product/purchase-panel'
import { StorySection } from '@/components/story/story-section'
import { getDictionary } from '@/i18n/dictionary'
import { getArtisan } from '@/lib/cms/artisans'
import { listStoriesFeaturingProduct } from '@/lib/cms/stories'
import { getProduct, listSimilarProducts } from '@/lib/commerce/products'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { env } from '@/lib/env'
import { resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'
import { alternatesFor } from '@/lib/seo/alternates'
import { productJsonLd } from '@/lib/seo/json-ld'
import { listMarkets } from '@/lib/seo/markets'

type Props = PageProps<'/[market]/products/[handle]'>

const HANDLE = /^[a-z0-9][a-z0-9_-]{0,199}$/

function firstParagraph(text: string | null): string | undefined {
  const paragraph = text?.split(/\n\s*\n/)[0]?.trim()
  return paragraph ? paragraph.slice(0, 200) : undefined
}

async function load(params: Props['params']) {
  const { market: segment, handle } = await params
  if (!HANDLE.test(handle)) return null
  const market = await resolveMarket(segment)
  if (!market) return null
  const product = await getProduct(handle, market.region, market.locale)
  return product ? { market, product } : null
}

/** Nothing is prerendered at build time (see lib/build-placeholder.ts). */
export function generateStaticParams(): { handle: string }[] {
  return [{ handle: BUILD_PLACEHOLDER }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const { market, product } = found
  const description = product.subtitle ?? firstParagraph(product.description)
  return {
    title: product.title,
    description,
    alternates: alternatesFor(market, `/products/${product.handle}`, await listMarkets()),
    openGraph: {
      type: 'website',
      title: product.title,
      description,
      locale: market.languageTag.replace('-', '_'),
    },
  }
}

/**
 * A work: Medusa's product (price, stock, craft attributes) joined by handle with its maker's
 * profile and the stories that feature it (Payload). Either side may be missing: the page still
 * renders what it has.
 */
export default async function ProductPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { market, product } = found
  const dictionary = getDictionary(market.locale)
  const sold = product.availability === 'sold-out'
  const [artisan, stories, similar] = await Promise.all([
    product.artisanHandle
      ? optionalRead('maker profile', () => getArtisan(product.artisanHandle ?? '', market.locale), null)
      : null,
    optionalRead('stories of the work', () => listStoriesFeaturingProduct(product.handle, market.locale), []),
    listSimilarProducts(product, market.region, market.locale, 4),
  ])
  const craftName = product.craft ? (dictionary.crafts[product.craft] ?? product.craft) : null
  const path = `/products/${product.handle}`

  return (
    <PageShell market={market} dictionary={dictionary} path={path}>
      <JsonLdScript
        data={productJsonLd({
          product,
          url: `${env.siteUrl}/${market.segment}${path}`,
          brand: dictionary.siteName,
          artisanName: artisan?.name ?? null,
        })}
      />
      <article className="product">
        <Gallery images={product.images} title={product.title} label={dictionary.browse.gallery} />

        <div className="product__info">
          {craftName ? <p className="muted">{craftName}</p> : null}
          <h1>{product.title}</h1>
          {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}
          <PurchasePanel product={product} market={market} dictionary={dictionary} />
          {product.description ? (
            <div className="prose">
              {product.description.split(/\n\s*\n/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}
          <CraftDetailsSection
            attributes={product.attributes}
            craftName={craftName}
            dictionary={dictionary}
          />
          {product.artisanHandle ? (
            <ArtisanCard
              handle={product.artisanHandle}
              artisan={artisan}
              marketSegment={market.segment}
              dictionary={dictionary}
            />
          ) : null}
        </div>
      </article>

      <StorySection title={dictionary.product.inStories} stories={stories} market={market} dictionary={dictionary} />

      {similar.length > 0 ? (
        <section className="section" aria-labelledby="similar-heading">
          <h2 id="similar-heading" className="section__title">
            {sold ? dictionary.browse.soldNote : dictionary.browse.similar}
          </h2>
          <ProductGrid
            products={similar}
            marketSegment={market.segment}
            languageTag={market.languageTag}
            dictionary={dictionary}
          />
        </section>
      ) : null}
    </PageShell>
  )
}
