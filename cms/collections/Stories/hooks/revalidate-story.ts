import type { PayloadRequest } from 'payload'

import { artisanTag, craftTag, storiesTag, storyTag } from '../../../cache-tags'
import { relatedKey } from '../../../fields/relation-key'
import { revalidateDocument } from '../../../hooks/revalidate-document'
import type { Story } from '../../../payload-types'

/** A story appears on its own page, in story lists, and on its artisan's and craft's pages. */
async function storyTags(story: Partial<Story>, req: PayloadRequest): Promise<string[]> {
  const tags = [storiesTag]
  if (story.slug) tags.push(storyTag(story.slug))
  const artisan = await relatedKey(story.artisan, 'artisans', 'handle', req)
  if (artisan) tags.push(artisanTag(artisan))
  const craft = await relatedKey(story.craft, 'crafts', 'slug', req)
  if (craft) tags.push(craftTag(craft))
  return tags
}

const hooks = revalidateDocument<Story>(storyTags)
export const revalidateStory = hooks.afterChange
export const revalidateStoryDelete = hooks.afterDelete
