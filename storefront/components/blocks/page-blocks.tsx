import type { Dictionary } from '@/i18n/dictionary'
import type { ResolvedMarket } from '@/lib/market'

import { FeaturedCraftBlock, FeaturedStoryBlock, VisitGalleryBlock } from './featured-blocks'
import { HeroBlock } from './hero-block'
import { ProductRailBlock } from './product-rail-block'
import type { PageBlockView } from './types'

type Props = { blocks: readonly PageBlockView[]; market: ResolvedMarket; dictionary: Dictionary }

/** A CMS page's blocks, in the editor's order; the first hero is the page's h1. */
export function PageBlocks({ blocks, market, dictionary }: Props) {
  const firstHero = blocks.findIndex((block) => block.blockType === 'hero')
  return (
    <div className="blocks">
      {blocks.map((block, index) => {
        switch (block.blockType) {
          case 'hero':
            return <HeroBlock key={index} block={block} marketSegment={market.segment} first={index === firstHero} />
          case 'productRail':
            return <ProductRailBlock key={index} block={block} market={market} dictionary={dictionary} index={index} />
          case 'featuredStory':
            return <FeaturedStoryBlock key={index} block={block} market={market} dictionary={dictionary} />
          case 'featuredCraft':
            return <FeaturedCraftBlock key={index} block={block} market={market} dictionary={dictionary} />
          case 'visitGallery':
            return <VisitGalleryBlock key={index} block={block} dictionary={dictionary} />
          default:
            return null
        }
      })}
    </div>
  )
}
