import type { Block } from 'payload'

/** Page: one story, large. */
export const FeaturedStory: Block = {
  slug: 'featuredStory',
  interfaceName: 'FeaturedStoryBlock',
  labels: { singular: 'Featured story', plural: 'Featured stories' },
  fields: [
    { name: 'heading', type: 'text', localized: true },
    { name: 'story', type: 'relationship', relationTo: 'stories', required: true },
  ],
}
