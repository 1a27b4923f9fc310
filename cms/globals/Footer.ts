import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { publishers } from '../access/publishers'
import { linkFields } from '../fields/link'
import { revalidateGlobal } from './hooks/revalidate-global'

/** Footer: link columns, the gallery's address and the copyright line. */
export const Footer: GlobalConfig = {
  slug: 'footer',
  access: { read: anyone, update: publishers },
  fields: [
    {
      name: 'columns',
      type: 'array',
      maxRows: 4,
      fields: [
        { name: 'heading', type: 'text', required: true, localized: true },
        { name: 'links', type: 'array', maxRows: 8, fields: linkFields },
      ],
    },
    { name: 'address', type: 'textarea', localized: true },
    { name: 'copyright', type: 'text', localized: true },
  ],
  hooks: { afterChange: [revalidateGlobal] },
}
