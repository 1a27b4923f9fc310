/**
 * Categories by use (Medusa product categories, handle = these slugs). Their names live in the
 * dictionaries (`uses`); a category Medusa adds later shows up by its handle until it has one.
 */
export const USE_CATEGORIES = [
  'tableware',
  'tea-ceremony',
  'sake-ware',
  'accessories',
  'interior',
  'gifts',
] as const
export type UseCategory = (typeof USE_CATEGORIES)[number]
