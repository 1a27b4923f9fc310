import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { crafts } from '../../crafts'
import { handleField } from '../../fields/handle'
import { revalidateArtisan, revalidateArtisanDelete } from './hooks/revalidate-artisan'

/**
 * An artisan's editorial profile. The commerce side (their account, products, orders) lives in
 * Medusa; the two meet by `handle`, the same string in both systems.
 */
export const Artisans: CollectionConfig = {
  slug: 'artisans',
  access: {
    create: authenticated,
    delete: authenticated,
    read: anyone,
    update: authenticated,
  },
  admin: {
    defaultColumns: ['name', 'craft', 'handle', 'updatedAt'],
    useAsTitle: 'name',
  },
  defaultSort: 'handle',
  fields: [
    handleField(
      'handle',
      'Same handle as the artisan in Medusa (tag artisan:{handle} on their products).',
    ),
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
    },
    {
      name: 'craft',
      type: 'select',
      required: true,
      index: true,
      options: crafts.map((craft) => ({ label: craft.label, value: craft.slug })),
    },
    {
      name: 'location',
      type: 'text',
      localized: true,
      admin: { description: 'Where the workshop is, e.g. "Kanazawa, Higashiyama".' },
    },
    {
      name: 'portrait',
      type: 'upload',
      relationTo: 'media',
    },
    {
      name: 'bio',
      type: 'richText',
      localized: true,
    },
  ],
  hooks: {
    afterChange: [revalidateArtisan],
    afterDelete: [revalidateArtisanDelete],
  },
}
