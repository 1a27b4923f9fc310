import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { artisanTag, storiesTag, storyTag } from '../../../cache-tags'
import { revalidateTags } from '../../../hooks/revalidate-tags'
import type { Artisan, Story } from '../../../payload-types'

/** The handle of the story's artisan, whether the relation arrives as an id or populated. */
async function artisanHandle(
  artisan: Story['artisan'],
  req: PayloadRequest,
): Promise<string | undefined> {
  if (artisan === null || artisan === undefined) return undefined
  if (typeof artisan === 'object') return artisan.handle
  const found: Artisan | null = await req.payload
    .findByID({ collection: 'artisans', id: artisan, depth: 0, req, disableErrors: true })
    .catch(() => null)
  return found?.handle
}

async function tagsFor(req: PayloadRequest, ...stories: (Story | undefined)[]): Promise<string[]> {
  const tags = [storiesTag]
  for (const story of stories) {
    if (!story) continue
    if (story.slug) tags.push(storyTag(story.slug))
    const handle = await artisanHandle(story.artisan, req)
    if (handle) tags.push(artisanTag(handle))
  }
  return tags
}

export const revalidateStory: CollectionAfterChangeHook<Story> = async ({
  doc,
  previousDoc,
  req,
}) => {
  // Saving a draft of a never-published story changes nothing the public can see.
  const wasPublished = previousDoc?._status === 'published'
  if (doc._status !== 'published' && !wasPublished) return doc
  await revalidateTags(req.payload, await tagsFor(req, doc, wasPublished ? previousDoc : undefined))
  return doc
}

export const revalidateStoryDelete: CollectionAfterDeleteHook<Story> = async ({ doc, req }) => {
  await revalidateTags(req.payload, await tagsFor(req, doc))
  return doc
}
