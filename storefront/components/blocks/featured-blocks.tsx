import { ShopImage } from '@/components/shop-image'

import { StoryCard } from '@/components/story/story-card'
import type { Dictionary } from '@/i18n/dictionary'
import type { ResolvedMarket } from '@/lib/market'

import type { FeaturedCraftBlockView, FeaturedStoryBlockView, VisitGalleryBlockView } from './types'

type Common = { market: ResolvedMarket; dictionary: Dictionary }

export function FeaturedStoryBlock({ block, market, dictionary }: Common & { block: FeaturedStoryBlockView }) {
  if (!block.story) return null
  return (
    <section className="section featured-story">
      {block.heading ? <h2 className="section__title">{block.heading}</h2> : null}
      <StoryCard story={block.story} marketSegment={market.segment} languageTag={market.languageTag} dictionary={dictionary} />
    </section>
  )
}

export function FeaturedCraftBlock({ block, market, dictionary }: Common & { block: FeaturedCraftBlockView }) {
  if (!block.craft) return null
  const name = dictionary.crafts[block.craft.slug] ?? block.craft.name
  return (
    <section className="section featured-craft">
      {block.heading ? <h2 className="section__title">{block.heading}</h2> : null}
      {block.craft.heroImage ? (
        <ShopImage
          src={block.craft.heroImage.url}
          alt={block.craft.heroImage.alt}
          width={block.craft.heroImage.width ?? 1200}
          height={block.craft.heroImage.height ?? 800}
          sizes="(min-width: 72rem) 36rem, 100vw"
        />
      ) : null}
      <h3>
        <a href={`/${market.segment}/crafts/${block.craft.slug}`}>{name}</a>
      </h3>
      {block.craft.summary ? <p>{block.craft.summary}</p> : null}
    </section>
  )
}

export function VisitGalleryBlock({ block, dictionary }: { block: VisitGalleryBlockView; dictionary: Dictionary }) {
  return (
    <section className="section visit-gallery">
      {block.heading ? <h2 className="section__title">{block.heading}</h2> : null}
      {block.address ? <p>{block.address}</p> : null}
      {block.hours ? <p className="muted">{block.hours}</p> : null}
      {block.mapUrl ? (
        <p>
          <a href={block.mapUrl} rel="noopener">
            {dictionary.browse.map}
          </a>
        </p>
      ) : null}
    </section>
  )
}
