import { cacheLife, cacheTag } from 'next/cache'

import { craftsTag, pageTag, storiesTag } from '@cms/cache-tags'
import type { PageBlockView } from '@/components/blocks/types'
import type { Locale } from '@/i18n/markets'

import { payload } from './payload'
import { reshapePageBlocks } from './reshape-content'

export type CmsPage = { slug: string; title: string; blocks: PageBlockView[] }

/**
 * A published page (home, about, visit, ...) by slug, or null. Tagged with the lists too: a page
 * shows a story or craft, which revalidate `stories` / `crafts` when they change.
 */
export async function getPage(slug: string, locale: Locale): Promise<CmsPage | null> {
  'use cache'
  cacheTag(pageTag(slug), storiesTag, craftsTag)
  cacheLife('max')
  const { docs } = await (
    await payload()
  ).find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    locale,
    depth: 1,
    limit: 1,
    overrideAccess: false,
  })
  const doc = docs[0]
  return doc ? { slug: doc.slug, title: doc.title, blocks: reshapePageBlocks(doc.layout) } : null
}
