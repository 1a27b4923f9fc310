import { cacheLife, cacheTag } from 'next/cache'

import { storiesTag } from '@cms/cache-tags'
import type { Locale } from '@/i18n/markets'

import { payload } from './payload'

export type StoryHit = { slug: string; title: string; excerpt: string | null }

/**
 * Published stories whose title or excerpt contains `query`, in the reader's language (plugin-search's
 * index, synced on publish). Cached per query under `stories`.
 */
export async function searchStories(query: string, locale: Locale, limit = 10): Promise<StoryHit[]> {
  'use cache'
  cacheTag(storiesTag)
  cacheLife('max')
  const term = query.trim().slice(0, 100)
  if (!term) return []
  const { docs } = await (
    await payload()
  ).find({
    collection: 'search',
    where: { or: [{ title: { like: term } }, { excerpt: { like: term } }] },
    locale,
    limit,
    sort: '-priority',
    overrideAccess: false,
  })
  return docs.flatMap((doc) =>
    doc.slug ? [{ slug: doc.slug, title: doc.title ?? doc.slug, excerpt: doc.excerpt ?? null }] : [],
  )
}
