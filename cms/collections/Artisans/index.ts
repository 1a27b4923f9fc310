import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { crafts } from '../../crafts'
import { handleField } from '../../fields/handle'
import { revalidateArtisan, revalidateArtisanDelete } from './hooks/revalidate-artisan'

const currentYear = (): number => new Date().getFullYear()

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
      admin: { position: 'sidebar' },
    },
    {
      name: 'location',
      type: 'text',
      localized: true,
      admin: { description: 'Where the workshop is, in a few words, e.g. "Kanazawa, Higashiyama".' },
    },
    {
      name: 'portrait',
      type: 'upload',
      relationTo: 'media',
    },
    {
      name: 'quote',
      type: 'textarea',
      localized: true,
      admin: { description: 'A sentence in the maker’s own words.' },
    },
    {
      name: 'bio',
      label: 'Biography',
      type: 'richText',
      localized: true,
    },
    {
      name: 'workshop',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', localized: true },
        { name: 'address', type: 'textarea', localized: true },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90 },
            { name: 'longitude', type: 'number', min: -180, max: 180 },
          ],
        },
        {
          name: 'visitsByAppointment',
          type: 'checkbox',
          defaultValue: false,
        },
      ],
    },
    {
      name: 'lineage',
      type: 'group',
      fields: [
        {
          name: 'teacher',
          type: 'text',
          localized: true,
          admin: { description: 'Who they trained under.' },
        },
        {
          name: 'description',
          type: 'textarea',
          localized: true,
          admin: { description: 'The kiln, school or family line, and their place in it.' },
        },
      ],
    },
    {
      name: 'yearsActive',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'since',
              type: 'number',
              min: 1900,
              validate: (value: number | null | undefined) =>
                value === null || value === undefined || value <= currentYear()
                  ? true
                  : 'The first year of work cannot be in the future.',
            },
            { name: 'until', type: 'number', min: 1900, admin: { description: 'Empty if still working.' } },
          ],
        },
      ],
    },
  ],
  hooks: {
    afterChange: [revalidateArtisan],
    afterDelete: [revalidateArtisanDelete],
  },
}
