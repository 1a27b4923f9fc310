import type { DefaultTypedEditorState } from '@payloadcms/richtext-lexical'

import type { Artisan as ArtisanDoc } from '@cms/payload-types'

/** Our own content types: pages see these, not Payload's documents. */

export type RichTextContent = DefaultTypedEditorState

export type Image = { url: string; alt: string; width: number | null; height: number | null }

export type ArtisanRef = { handle: string; name: string; craft: ArtisanDoc['craft'] }

export type Artisan = ArtisanRef & {
  location: string | null
  portrait: Image | null
  bio: RichTextContent | null
}

export type StorySummary = {
  slug: string
  title: string
  excerpt: string | null
  publishedAt: string | null
  artisan: ArtisanRef | null
  heroImage: Image | null
}

export type Story = StorySummary & {
  body: RichTextContent | null
  featuredProductHandles: string[]
}
