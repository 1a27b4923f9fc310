import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { careKeys } from '../../care-keys'
import { crafts } from '../../crafts'
import { handleField } from '../../fields/handle'
import { revalidateCraft, revalidateCraftDelete } from './hooks/revalidate-craft'

/**
 * Craft guides (Kutani, Ohi, lacquer, gold leaf, Kaga-yuzen, ...). `slug` is the contract's craft
 * slug: the same string as `metadata.craft` on Medusa products and their collection handle.
 */
export const Crafts: CollectionConfig = {
  slug: 'crafts',
  access: {
    create: authenticated,
    delete: authenticated,
    read: anyone,
    update: authenticated,
  },
  admin: {
    defaultColumns: ['name', 'slug', 'updatedAt'],
    useAsTitle: 'name',
  },
  defaultSort: 'slug',
  fields: [
    handleField(
      'slug',
      'The craft slug shared with Medusa (metadata.craft, collection handle).',
      (value) =>
        crafts.some((craft) => craft.slug === value)
          ? true
          : `Use one of the craft slugs: ${crafts.map((craft) => craft.slug).join(', ')}.`,
    ),
    { name: 'name', type: 'text', required: true, localized: true },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      localized: true,
      admin: { description: 'Two or three sentences for cards and link previews.' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'history', type: 'richText', localized: true },
    {
      name: 'techniqueSteps',
      type: 'array',
      labels: { singular: 'Step', plural: 'Technique steps' },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true },
        { name: 'description', type: 'textarea', required: true, localized: true },
        { name: 'image', type: 'upload', relationTo: 'media' },
      ],
    },
    {
      name: 'care',
      type: 'array',
      labels: { singular: 'Care instructions', plural: 'Care instructions per material' },
      admin: { description: 'One entry per material; products point at it by care key.' },
      fields: [
        {
          name: 'careKey',
          type: 'select',
          required: true,
          options: careKeys.map((care) => ({ label: care.label, value: care.key })),
        },
        { name: 'material', type: 'text', required: true, localized: true },
        { name: 'instructions', type: 'textarea', required: true, localized: true },
      ],
    },
  ],
  hooks: {
    afterChange: [revalidateCraft],
    afterDelete: [revalidateCraftDelete],
  },
}
