import type { CollectionConfig, FieldHook } from 'payload'

import { authenticatedOrPublished } from '../../access/authenticated-or-published'
import { createOrUpdateWithoutPublishing } from '../../access/create-or-update-without-publishing'
import { authenticated } from '../../access/authenticated'
import { storyBodyEditor } from '../../fields/story-body-editor'
import { handleField } from '../../fields/handle'
import { validateProductHandles } from '../../fields/product-handles'
import { redirectOldSlug } from '../../hooks/redirect-old-slug'
import { schedulePublishEndpoint } from '../../endpoints/schedule-publish'
import { refuseEditorPublish } from '../../hooks/refuse-editor-publish'
import { livePreview } from '../../live-preview'
import { storyPath } from '../../paths-public'
import { revalidateStory, revalidateStoryDelete } from './hooks/revalidate-story'

/** The first publication stamps the date; an editor may still set it by hand. */
const stampPublishedAt: FieldHook = ({ siblingData, value }) => {
  if (siblingData._status === 'published' && !value) return new Date().toISOString()
  return value
}

/**
 * Magazine stories about the makers and their crafts, written in Japanese and English. Drafts,
 * versions, autosave and scheduled publishing; editors write drafts, brand managers publish.
 */
export const Stories: CollectionConfig = {
  slug: 'stories',
  access: {
    create: createOrUpdateWithoutPublishing,
    delete: authenticated,
    read: authenticatedOrPublished,
    readVersions: authenticated,
    update: createOrUpdateWithoutPublishing,
  },
  admin: {
    defaultColumns: ['title', 'artisan', 'craft', 'publishedAt', '_status'],
    useAsTitle: 'title',
    livePreview: livePreview(storyPath),
  },
  defaultSort: '-publishedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
    },
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      admin: { description: 'One or two sentences shown on the home page and in link previews.' },
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      editor: storyBodyEditor,
    },
    {
      name: 'featuredProducts',
      type: 'array',
      labels: { singular: 'Featured product', plural: 'Products shown with the story' },
      admin: {
        description:
          'Medusa product handles listed under the story, e.g. kutani-gosai-plate (checked against the shop on publish).',
      },
      validate: (
        rows: unknown[] | null | undefined,
        { req }: { req: Parameters<typeof validateProductHandles>[1] },
      ) =>
        validateProductHandles(
          (rows ?? []).map((row) => (row as { handle?: string }).handle ?? ''),
          req,
        ),
      fields: [{ name: 'handle', type: 'text', required: true }],
    },
    handleField('slug', "The story's address: /{market}/stories/{slug}."),
    {
      name: 'artisan',
      type: 'relationship',
      relationTo: 'artisans',
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'craft',
      type: 'relationship',
      relationTo: 'crafts',
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        position: 'sidebar',
      },
      hooks: { beforeChange: [stampPublishedAt] },
    },
  ],
  endpoints: [schedulePublishEndpoint('stories')],
  hooks: {
    beforeChange: [refuseEditorPublish],
    afterChange: [revalidateStory, redirectOldSlug('stories', storyPath)],
    afterDelete: [revalidateStoryDelete],
  },
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
}
