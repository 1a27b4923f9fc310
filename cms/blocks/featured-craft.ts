import type { Block } from 'payload'

/** Page: one craft guide, with its hero image and summary. */
export const FeaturedCraft: Block = {
  slug: 'featuredCraft',
  interfaceName: 'FeaturedCraftBlock',
  labels: { singular: 'Featured craft', plural: 'Featured crafts' },
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'craft', type: 'relationship', relationTo: 'crafts', required: true },
  ],
}
