import { ProductGrid } from '@/components/catalog/product-grid'
import type { Dictionary } from '@/i18n/dictionary'
import { listProductsByCraft, listProductsByHandle } from '@/lib/commerce/products'
import type { ResolvedMarket } from '@/lib/market'

import type { ProductRailBlockView } from './types'

type Props = { block: ProductRailBlockView; market: ResolvedMarket; dictionary: Dictionary; index: number }

/** A row of live products (prices and stock from Medusa's cached catalog) chosen by the editor. */
export async function ProductRailBlock({ block, market, dictionary, index }: Props) {
  const limit = Math.min(Math.max(block.limit || 8, 2), 12)
  const products =
    block.source === 'handles'
      ? await listProductsByHandle(block.handles, market.region, market.locale)
      : block.collection
        ? await listProductsByCraft(block.collection, market.region, market.locale)
        : []
  if (products.length === 0) return null
  const headingId = `rail-${index}`
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {block.heading}
      </h2>
      <ProductGrid
        products={products.slice(0, limit)}
        marketSegment={market.segment}
        languageTag={market.languageTag}
        dictionary={dictionary}
        eager={index === 0 ? 2 : 0}
      />
      {block.source === 'collection' && block.collection ? (
        <p>
          <a href={`/${market.segment}/crafts/${block.collection}`}>{dictionary.browse.allWorks}</a>
        </p>
      ) : null}
    </section>
  )
}
