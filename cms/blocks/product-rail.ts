import type { Block } from 'payload'

import { crafts } from '../crafts'
import { productHandlesField } from '../fields/product-handles'

/**
 * Page: a horizontal row of products, either a Medusa collection (collection handle = craft slug) or
 * hand-picked product handles (checked against the shop on save).
 */
export const ProductRail: Block = {
  slug: 'productRail',
  interfaceName: 'ProductRailBlock',
  labels: { singular: 'Product rail', plural: 'Product rails' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    {
      name: 'source',
      type: 'radio',
      required: true,
      defaultValue: 'collection',
      options: [
        { label: 'A collection', value: 'collection' },
        { label: 'Chosen products', value: 'handles' },
      ],
    },
    {
      name: 'collection',
      type: 'select',
      options: crafts.map((craft) => ({ label: craft.label, value: craft.slug })),
      admin: {
        condition: (_, siblingData) => siblingData?.source === 'collection',
        description: 'Medusa collection handle (one collection per craft).',
      },
      validate: (value: string | null | undefined, { siblingData }: { siblingData: unknown }) =>
        (siblingData as { source?: string }).source !== 'collection' || value
          ? true
          : 'Choose a collection.',
    },
    {
      ...productHandlesField('handles', 'Medusa product handles, in the order to show them.', {
        maxRows: 12,
      }),
      admin: {
        condition: (_, siblingData) => siblingData?.source === 'handles',
        description: 'Medusa product handles, in the order to show them.',
      },
    },
    { name: 'limit', type: 'number', min: 2, max: 12, defaultValue: 8 },
  ],
}
