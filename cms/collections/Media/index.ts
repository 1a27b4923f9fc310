import type { CollectionConfig } from 'payload'

import { anyone } from '../../access/anyone'
import { authenticated } from '../../access/authenticated'
import { env } from '../../env'

/**
 * Photographs of works, workshops and portraits. Files live outside the repo (`.data/media` by
 * default). Sizes: `card` (listings), `hero` (full-width headers), `og` (1200×630 link previews),
 * each cropped around the editor's focal point.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: authenticated,
    delete: authenticated,
    read: anyone,
    update: authenticated,
  },
  admin: {
    useAsTitle: 'alt',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      admin: {
        description: 'What the image shows, for readers who cannot see it (in each language).',
      },
    },
    {
      name: 'credit',
      type: 'text',
    },
  ],
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: ['image/*'],
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800, height: 600, position: 'centre' },
      { name: 'hero', width: 1920, height: 1080, position: 'centre' },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
  },
}
