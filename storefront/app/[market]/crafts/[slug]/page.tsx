import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { crafts } from '@cms/crafts'
import { ProductGrid } from '@/components/catalog/product-grid'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { getCraft } from '@/lib/cms/crafts'
import { listProductsByCraft } from '@/lib/commerce/products'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'
import { alternatesFor } from '@/lib/seo/alternates'
import { listMarkets } from '@/lib/seo/markets'

import { CraftGuide } from './craft-guide'

type Props = PageProps<'/[market]/crafts/[slug]'>

const CRAFT_SLUGS: ReadonlySet<string> = new Set(crafts.map((craft) => craft.slug))

async function load(params: Props['params']) {
  const { market: segment, slug } = await params
  if (!CRAFT_SLUGS.has(slug)) return null
  const market = await resolveMarket(segment)
  return market ? { market, slug } : null
}

export function generateStaticParams(): { slug: string }[] {
  return [{ slug: BUILD_PLACEHOLDER }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const dictionary = getDictionary(found.market.locale)
  const craft = await optionalRead('craft guide', () => getCraft(found.slug, found.market.locale), null)
  return {
    title: dictionary.crafts[found.slug] ?? found.slug,
    description: craft?.summary ?? undefined,
    alternates: alternatesFor(found.market, `/crafts/${found.slug}`, await listMarkets()),
  }
}

/** A craft guide: the CMS's guide (when written) and the craft's works, live from Medusa. */
export default async function CraftPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { market, slug } = found
  const dictionary = getDictionary(market.locale)
  const [products, craft] = await Promise.all([
    listProductsByCraft(slug, market.region, market.locale),
    optionalRead('craft guide', () => getCraft(slug, market.locale), null),
  ])
  const name = dictionary.crafts[slug] ?? craft?.name ?? slug
  return (
    <PageShell market={market} dictionary={dictionary} path={`/crafts/${slug}`}>
      <article className="article">
        <h1>{name}</h1>
        <CraftGuide craft={craft} dictionary={dictionary} />
      </article>
      <section className="section" aria-labelledby="works-heading">
        <h2 id="works-heading" className="section__title">
          {dictionary.browse.craftWorks}
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
        <p>
          <a href={`/${market.segment}/products?craft=${slug}`}>{dictionary.browse.allWorks}</a>
        </p>
      </section>
    </PageShell>
  )
}
