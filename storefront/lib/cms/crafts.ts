import { cacheLife, cacheTag } from 'next/cache'

import { craftTag, craftsTag } from '@cms/cache-tags'
import type { Locale } from '@/i18n/markets'

import { payload } from './payload'
import { reshapeCraft, reshapeCraftSummary } from './reshape-content'
import type { Craft, CraftSummary } from './types'

/** A craft guide by slug (the contract's craft slugs), in the reader's language, or null. */
export async function getCraft(slug: string, locale: Locale): Promise<Craft | null> {
  'use cache'
  cacheTag(craftTag(slug))
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'crafts',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const doc = docs[0]
  return doc ? reshapeCraft(doc) : null
}

/** Every craft guide, by slug. */
export async function listCrafts(locale: Locale): Promise<CraftSummary[]> {
  'use cache'
  cacheTag(craftsTag)
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({ collection: 'crafts', locale, depth: 1, limit: 50, sort: 'slug', overrideAccess: false })
  return docs.map(reshapeCraftSummary)
}
