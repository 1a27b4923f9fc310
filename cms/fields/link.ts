import type { Field } from 'payload'

/** A path inside the shop without the market (`/stories`), or an absolute https URL. */
export function validateHref(value: string | null | undefined): true | string {
  if (!value) return 'Add a link.'
  if (/^\/(?!\/)/.test(value)) return true
  if (/^https:\/\/[^\s]+$/.test(value)) return true
  return 'Use a path inside the shop such as /stories (no market prefix), or a full https:// address.'
}

/** A labelled link: the label in each language, one target for all. */
export const linkFields: Field[] = [
  { name: 'label', type: 'text', required: true, localized: true },
  { name: 'href', type: 'text', required: true, validate: validateHref },
]
