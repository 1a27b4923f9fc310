import { cacheLife, cacheTag } from 'next/cache'

import { pageTag, storiesTag } from '@cms/cache-tags'
import { pagePath, storyPath } from '@cms/paths-public'

import { payload } from './payload'

/**
 * Where an old path (without the market, e.g. `/stories/old-slug`) now lives, or null. Redirects are
 * created when a published story or page changes its slug; that change revalidates `stories` /
 * `page:{old}`, which these lookups are tagged with.
 */
export async function findRedirect(path: string): Promise<string | null> {
  'use cache'
  cacheTag(storiesTag, pageTag(path.split('/').filter(Boolean).pop() ?? 'home'))
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'redirects',
    where: { from: { equals: path } },
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const to = docs[0]?.to
  if (!to) return null
  if (to.type === 'custom') return to.url ?? null
  const target = to.reference?.value
  if (!target || typeof target !== 'object' || target._status !== 'published') return null
  return to.reference?.relationTo === 'pages' ? pagePath(target.slug) : storyPath(target.slug)
}
