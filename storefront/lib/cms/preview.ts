import type { Locale } from '@/i18n/markets'

import { payload } from './payload'
import { reshapeStory } from './reshape'
import type { Story } from './types'

/**
 * The latest draft of a story for live preview (`?preview=1`, opened by the admin), or null when the
 * request carries no logged-in Payload user. Never cached: call it only for preview requests, with
 * the request's headers (Payload's auth cookie).
 */
export async function getStoryPreview(
  slug: string,
  locale: Locale,
  headers: Headers,
): Promise<Story | null> {
  const cms = await payload()
  const { user } = await cms.auth({ headers })
  if (!user) return null
  const { docs } = await cms.find({
    collection: 'stories',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    draft: true,
    overrideAccess: false,
    user,
  })
  const doc = docs[0]
  return doc ? reshapeStory(doc) : null
}
