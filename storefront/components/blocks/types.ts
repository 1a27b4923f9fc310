import type { Image, StorySummary } from '@/lib/cms/types'

/**
 * What the block renderers need of a CMS page's blocks (cms/blocks/*). lib/cms maps Payload's
 * documents to these shapes; a block the renderers do not know is skipped.
 */
export type HeroBlockView = {
  blockType: 'hero'
  heading: string
  subheading: string | null
  image: Image | null
  cta: { label: string; href: string } | null
}

export type FeaturedStoryBlockView = {
  blockType: 'featuredStory'
  heading: string | null
  story: StorySummary | null
}

export type FeaturedCraftBlockView = {
  blockType: 'featuredCraft'
  heading: string | null
  craft: { slug: string; name: string; summary: string | null; heroImage: Image | null } | null
}

export type ProductRailBlockView = {
  blockType: 'productRail'
  heading: string
  source: 'collection' | 'handles'
  collection: string | null
  handles: string[]
  limit: number
}

export type VisitGalleryBlockView = {
  blockType: 'visitGallery'
  heading?: string | null
  address?: string | null
  hours?: string | null
  mapUrl?: string | null
}

export type PageBlockView =
  | HeroBlockView
  | FeaturedStoryBlockView
  | FeaturedCraftBlockView
  | ProductRailBlockView
  | VisitGalleryBlockView
