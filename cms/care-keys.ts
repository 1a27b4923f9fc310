/**
 * Care instruction keys (the same list as `CARE_KEYS` in store/src/lib/craft-attributes.ts: a
 * product's `metadata.care_key` points at one of a craft guide's care sections).
 */
export const careKeys = [
  { key: 'porcelain-overglaze', label: { ja: '色絵磁器', en: 'Overglaze-enamelled porcelain' } },
  { key: 'earthenware-raku', label: { ja: '楽焼系の軟陶', en: 'Raku-style earthenware' } },
  { key: 'urushi', label: { ja: '漆', en: 'Urushi lacquer' } },
  { key: 'gold-leaf', label: { ja: '金箔', en: 'Gold leaf' } },
  { key: 'silk-dyed', label: { ja: '染めの絹', en: 'Dyed silk' } },
  { key: 'silk-embroidered', label: { ja: '刺繍の絹', en: 'Embroidered silk' } },
  { key: 'paper-cord', label: { ja: '水引（紙紐）', en: 'Paper cord (mizuhiki)' } },
  { key: 'paulownia', label: { ja: '桐材', en: 'Paulownia wood' } },
  { key: 'washi', label: { ja: '和紙', en: 'Washi paper' } },
] as const

export type CareKey = (typeof careKeys)[number]['key']
