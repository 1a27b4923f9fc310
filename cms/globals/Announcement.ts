import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { publishers } from '../access/publishers'
import { validateHref } from '../fields/link'
import { revalidateGlobal } from './hooks/revalidate-global'

/**
 * The bar above the header (an exhibition, holiday hours). Shown only between `startsAt` and
 * `endsAt` (the storefront checks the dates; empty means open-ended).
 */
export const Announcement: GlobalConfig = {
  slug: 'announcement',
  access: { read: anyone, update: publishers },
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false },
    {
      name: 'message',
      type: 'text',
      localized: true,
      validate: (value: string | null | undefined, { siblingData }: { siblingData: unknown }) =>
        (siblingData as { enabled?: boolean }).enabled && !value
          ? 'Write the message to show, or turn the bar off.'
          : true,
    },
    {
      name: 'href',
      type: 'text',
      validate: (value: string | null | undefined) => (value ? validateHref(value) : true),
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'endsAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (
            value: Date | string | null | undefined,
            { siblingData }: { siblingData: unknown },
          ) => {
            const startsAt = (siblingData as { startsAt?: string | null }).startsAt
            if (!value || !startsAt) return true
            return new Date(value) > new Date(startsAt) ? true : 'The end must be after the start.'
          },
        },
      ],
    },
  ],
  hooks: { afterChange: [revalidateGlobal] },
}
