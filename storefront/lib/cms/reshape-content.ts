import type {
  Craft as CraftDoc,
  Footer as FooterDoc,
  Header as HeaderDoc,
  Media,
  Page as PageDoc,
  Story as StoryDoc,
} from '@cms/payload-types'
import type { PageBlockView } from '@/components/blocks/types'

import { reshapeStorySummary } from './reshape'
import type { Craft, CraftSummary, Image, RichTextContent, SiteFooter, SiteHeader } from './types'

/** Maps crafts, pages and globals (read at depth 1) to our own types. */

function image(media: number | Media | null | undefined): Image | null {
  if (!media || typeof media !== 'object' || !media.url) return null
  return { url: media.url, alt: media.alt, width: media.width ?? null, height: media.height ?? null }
}

export function reshapeCraftSummary(doc: CraftDoc): CraftSummary {
  return { slug: doc.slug, name: doc.name, summary: doc.summary ?? null, heroImage: image(doc.heroImage) }
}

export function reshapeCraft(doc: CraftDoc): Craft {
  return {
    ...reshapeCraftSummary(doc),
    history: doc.history ? (doc.history as RichTextContent) : null,
    techniqueSteps: (doc.techniqueSteps ?? []).map((step) => ({
      title: step.title,
      description: step.description,
      image: image(step.image),
    })),
    care: (doc.care ?? []).map((care) => ({
      careKey: care.careKey,
      material: care.material,
      instructions: care.instructions,
    })),
  }
}

function storyOf(value: number | StoryDoc | null | undefined) {
  return value && typeof value === 'object' && value._status === 'published'
    ? reshapeStorySummary(value)
    : null
}

function craftOf(value: number | CraftDoc | null | undefined) {
  return value && typeof value === 'object' ? reshapeCraftSummary(value) : null
}

export function reshapePageBlocks(layout: PageDoc['layout']): PageBlockView[] {
  return layout.map((block): PageBlockView => {
    switch (block.blockType) {
      case 'hero':
        return {
          blockType: 'hero',
          heading: block.heading,
          subheading: block.subheading ?? null,
          image: image(block.image),
          cta:
            block.cta?.label && block.cta.href ? { label: block.cta.label, href: block.cta.href } : null,
        }
      case 'featuredStory':
        return { blockType: 'featuredStory', heading: block.heading ?? null, story: storyOf(block.story) }
      case 'featuredCraft':
        return { blockType: 'featuredCraft', heading: block.heading ?? null, craft: craftOf(block.craft) }
      case 'productRail':
        return {
          blockType: 'productRail',
          heading: block.heading,
          source: block.source,
          collection: block.collection ?? null,
          handles: block.handles ?? [],
          limit: block.limit ?? 8,
        }
      case 'visitGallery':
        return {
          blockType: 'visitGallery',
          heading: block.heading,
          address: block.address,
          hours: block.hours.map((row) => `${row.days} ${row.opens}–${row.closes}`).join('\n'),
          mapUrl: block.map?.url ?? null,
        }
    }
  })
}

export function reshapeHeader(doc: HeaderDoc): SiteHeader {
  return { nav: (doc.navItems ?? []).map((item) => ({ label: item.label, href: item.href })) }
}

export function reshapeFooter(doc: FooterDoc): SiteFooter {
  return {
    columns: (doc.columns ?? []).map((column) => ({
      heading: column.heading,
      links: (column.links ?? []).map((link) => ({ label: link.label, href: link.href })),
    })),
    address: doc.address ?? null,
    copyright: doc.copyright ?? null,
  }
}
