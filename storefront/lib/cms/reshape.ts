import type { Artisan as ArtisanDoc, Media, Story as StoryDoc } from '@cms/payload-types'

import type { Artisan, ArtisanRef, Image, RichTextContent, Story, StorySummary } from './types'

/** Maps Payload documents (read at depth 1) to our own types. */

function reshapeImage(media: number | Media | null | undefined): Image | null {
  if (!media || typeof media !== 'object' || !media.url) return null
  return {
    url: media.url,
    alt: media.alt,
    width: media.width ?? null,
    height: media.height ?? null,
  }
}

/** Payload's generated rich-text type is structurally Lexical's editor state. */
function richText(value: ArtisanDoc['bio'] | StoryDoc['body']): RichTextContent | null {
  return value ? (value as RichTextContent) : null
}

export function reshapeArtisanRef(doc: ArtisanDoc): ArtisanRef {
  return { handle: doc.handle, name: doc.name, craft: doc.craft }
}

export function reshapeArtisan(doc: ArtisanDoc): Artisan {
  return {
    ...reshapeArtisanRef(doc),
    location: doc.location ?? null,
    portrait: reshapeImage(doc.portrait),
    bio: richText(doc.bio),
  }
}

export function reshapeStorySummary(doc: StoryDoc): StorySummary {
  return {
    slug: doc.slug,
    title: doc.title,
    excerpt: doc.excerpt ?? null,
    publishedAt: doc.publishedAt ?? null,
    artisan: doc.artisan && typeof doc.artisan === 'object' ? reshapeArtisanRef(doc.artisan) : null,
    heroImage: reshapeImage(doc.cover),
  }
}

export function reshapeStory(doc: StoryDoc): Story {
  return {
    ...reshapeStorySummary(doc),
    body: richText(doc.body),
    featuredProductHandles: (doc.featuredProducts ?? []).map((product) => product.handle),
  }
}
