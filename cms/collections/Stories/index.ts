import type { CollectionConfig, FieldHook } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublished } from '../../access/authenticated-or-published'
import { HANDLE_PATTERN, handleField } from '../../fields/handle'
import { revalidateStory, revalidateStoryDelete } from './hooks/revalidate-story'

/** The first publication stamps the date; an editor may still set it by hand. */
const stampPublishedAt: FieldHook = ({ siblingData, value }) => {
  if (siblingData._status === 'published' && !value) return new Date().toISOString()
  return value
}

/** Magazine stories about the makers and their crafts, written in Japanese and English. */
export const Stories: CollectionConfig = {
  slug: 'stories',
  access: {
    create: authenticated,
    delete: authenticated,
    read: authenticatedOrPublished,
    update: authenticated,
  },
  admin: {
    defaultColumns: ['title', 'artisan', 'publishedAt', '_status'],
    useAsTitle: 'title',
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
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
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
      name: 'featuredProducts',
      type: 'array',
      labels: { singular: 'Featured product', plural: 'Featured products' },
      admin: {
        description: 'Medusa product handles shown with the story, e.g. kutani-gosai-plate.',
      },
      fields: [
        {
          name: 'handle',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            !value || HANDLE_PATTERN.test(value)
              ? true
              : 'Not a product handle (e.g. kutani-gosai-plate).',
        },
      ],
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
  hooks: {
    afterChange: [revalidateStory],
    afterDelete: [revalidateStoryDelete],
  },
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
}
