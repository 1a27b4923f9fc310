import type { Block } from 'payload'

/** Page: a full-width photograph with a heading and an optional call to action. */
export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: { singular: 'Hero', plural: 'Heroes' },
  fields: [
    { name: 'heading', type: 'text', required: true, localized: true },
    { name: 'subheading', type: 'textarea', localized: true },
    { name: 'image', type: 'upload', relationTo: 'media' },
    {
      name: 'cta',
      type: 'group',
      label: 'Call to action',
      fields: [
        { name: 'label', type: 'text', localized: true },
        {
          name: 'href',
          type: 'text',
          admin: { description: 'A path without the market, e.g. /stories or /crafts/kutani.' },
        },
      ],
    },
  ],
}
