import { cacheLife, cacheTag } from 'next/cache'

import { artisanTag } from '@cms/cache-tags'
import type { Locale } from '@/i18n/markets'

import { payload } from './payload'
import { reshapeArtisan } from './reshape'
import type { Artisan } from './types'

/** An artisan's public profile by handle (the join key with Medusa), or null. */
export async function getArtisan(handle: string, locale: Locale): Promise<Artisan | null> {
  'use cache'
  cacheTag(artisanTag(handle))
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'artisans',
    where: { handle: { equals: handle } },
    locale,
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const doc = docs[0]
  return doc ? reshapeArtisan(doc) : null
}
