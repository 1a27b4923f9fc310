import type { Metadata } from 'next'
import { ShopImage } from '@/components/shop-image'
import { notFound } from 'next/navigation'

import { ProductGrid } from '@/components/catalog/product-grid'
import { PageShell } from '@/components/page-shell'
import { RichText } from '@/components/rich-text'
import { StorySection } from '@/components/story/story-section'
import { getDictionary } from '@/i18n/dictionary'
import { getArtisan } from '@/lib/cms/artisans'
import { listStoriesByArtisan } from '@/lib/cms/stories'
import { listProductsByArtisan } from '@/lib/commerce/products'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'
import { alternatesFor } from '@/lib/seo/alternates'
import { listMarkets } from '@/lib/seo/markets'

type Props = PageProps<'/[market]/artisans/[handle]'>

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The maker's profile (CMS) and works (Medusa); a handle known to neither is a 404. */
async function load(params: Props['params']) {
  const { market: segment, handle } = await params
  if (!HANDLE.test(handle) || handle.length > 100) return null
  const market = await resolveMarket(segment)
  if (!market) return null
  const [artisan, products] = await Promise.all([
    optionalRead('maker profile', () => getArtisan(handle, market.locale), null),
    listProductsByArtisan(handle, market.region, market.locale),
  ])
  if (!artisan && products.length === 0) return null
  return { market, handle, artisan, products }
}

export function generateStaticParams(): { handle: string }[] {
  return [{ handle: BUILD_PLACEHOLDER }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const { market, handle, artisan } = found
  const dictionary = getDictionary(market.locale)
  const craft = artisan ? dictionary.crafts[artisan.craft] : undefined
  return {
    title: artisan?.name ?? handle,
    description: craft ? `${artisan?.name ?? handle} · ${craft}` : undefined,
    alternates: alternatesFor(market, `/artisans/${handle}`, await listMarkets()),
  }
}

export default async function ArtisanPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { market, handle, artisan, products } = found
  const dictionary = getDictionary(market.locale)
  const stories = await optionalRead(
    'stories of the maker',
    () => listStoriesByArtisan(handle, market.locale),
    [],
  )
  const name = artisan?.name ?? handle.replace(/-/g, ' ')
  const craft = artisan ? (dictionary.crafts[artisan.craft] ?? artisan.craft) : null

  return (
    <PageShell market={market} dictionary={dictionary} path={`/artisans/${handle}`}>
      <article className="artisan">
        {artisan?.portrait ? (
          <ShopImage
            src={artisan.portrait.url}
            alt={artisan.portrait.alt || name}
            width={320}
            height={320}
            priority
            className="artisan__portrait"
          />
        ) : null}
        <div>
          {craft ? <p className="muted">{craft}</p> : null}
          <h1>{name}</h1>
          {artisan?.location ? <p className="muted">{artisan.location}</p> : null}
          <RichText data={artisan?.bio ?? null} />
        </div>
      </article>

      <section className="section" aria-labelledby="works-heading">
        <h2 id="works-heading" className="section__title">
          {dictionary.browse.artisanWorks}
        </h2>
        {products.length > 0 ? (
          <ProductGrid
            products={products}
            marketSegment={market.segment}
            languageTag={market.languageTag}
            dictionary={dictionary}
          />
        ) : (
          <p className="muted">{dictionary.home.noProducts}</p>
        )}
      </section>

      <StorySection title={dictionary.browse.artisanStories} stories={stories} market={market} dictionary={dictionary} />
    </PageShell>
  )
}
