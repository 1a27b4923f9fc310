import { cacheLife, cacheTag } from 'next/cache'

import { artisanTag, storiesTag, storyTag } from '@cms/cache-tags'
import type { Locale } from '@/i18n/markets'

import { payload } from './payload'
import { reshapeStory, reshapeStorySummary } from './reshape'
import type { Story, StorySummary } from './types'

/*
 * Reads run as an anonymous visitor (`overrideAccess: false`): the collection's access rules then
 * return published stories only, never drafts.
 */

/** A published story by slug, in the reader's language (falling back to Japanese), or null. */
export async function getStory(slug: string, locale: Locale): Promise<Story | null> {
  'use cache'
  cacheTag(storyTag(slug))
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'stories',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const doc = docs[0]
  return doc ? reshapeStory(doc) : null
}

/** The newest published stories. */
export async function listLatestStories(locale: Locale, limit = 3): Promise<StorySummary[]> {
  'use cache'
  cacheTag(storiesTag)
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'stories',
    locale,
    depth: 1,
    limit,
    sort: '-publishedAt',
    overrideAccess: false,
  })
  return docs.map(reshapeStorySummary)
}

/** Published stories that feature a product (by Medusa handle). */
export async function listStoriesFeaturingProduct(
  productHandle: string,
  locale: Locale,
): Promise<StorySummary[]> {
  'use cache'
  cacheTag(storiesTag)
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'stories',
    where: { 'featuredProducts.handle': { equals: productHandle } },
    locale,
    depth: 1,
    limit: 6,
    sort: '-publishedAt',
    overrideAccess: false,
  })
  return docs.map(reshapeStorySummary)
}

/** Published stories about an artisan (by handle). */
export async function listStoriesByArtisan(
  artisanHandle: string,
  locale: Locale,
): Promise<StorySummary[]> {
  'use cache'
  cacheTag(storiesTag, artisanTag(artisanHandle))
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'stories',
    where: { 'artisan.handle': { equals: artisanHandle } },
    locale,
    depth: 1,
    limit: 6,
    sort: '-publishedAt',
    overrideAccess: false,
  })
  return docs.map(reshapeStorySummary)
}
