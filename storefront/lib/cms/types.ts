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

export type CraftSummary = {
  slug: string
  name: string
  summary: string | null
  heroImage: Image | null
}

export type Craft = CraftSummary & {
  history: RichTextContent | null
  techniqueSteps: { title: string; description: string; image: Image | null }[]
  care: { careKey: string; material: string; instructions: string }[]
}

export type NavLink = { label: string; href: string }

export type SiteHeader = { nav: NavLink[] }

export type SiteFooter = {
  columns: { heading: string; links: NavLink[] }[]
  address: string | null
  copyright: string | null
}

/** The announcement bar, or null when it is off or outside its dates. */
export type Announcement = { message: string; href: string | null; endsAt: string | null }
