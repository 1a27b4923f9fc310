/**
 * Care-instruction keys a product may carry (same list as CARE_KEYS in
 * store/src/lib/craft-attributes.ts, which the store validates against; the storefront reaches the
 * store over HTTP only, so the list is repeated here and labelled in i18n/portal).
 */
export const CARE_KEYS = [
  'porcelain-overglaze',
  'earthenware-raku',
  'urushi',
  'gold-leaf',
  'silk-dyed',
  'silk-embroidered',
  'paper-cord',
  'paulownia',
  'washi',
] as const

export type CareKey = (typeof CARE_KEYS)[number]

export function isCareKey(value: string): value is CareKey {
  return (CARE_KEYS as readonly string[]).includes(value)
}
