import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { publishers } from '../access/publishers'
import { linkFields } from '../fields/link'
import { revalidateGlobal } from './hooks/revalidate-global'

/** The main navigation. */
export const Header: GlobalConfig = {
  slug: 'header',
  access: { read: anyone, update: publishers },
  fields: [
    {
      name: 'navItems',
      type: 'array',
      maxRows: 8,
      labels: { singular: 'Link', plural: 'Navigation' },
      fields: linkFields,
    },
  ],
  hooks: { afterChange: [revalidateGlobal] },
}
