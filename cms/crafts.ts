import type { ContentLocale } from './locales'

/**
 * Craft slugs (the contract's list). A craft's slug is also `metadata.craft` on Medusa products.
 * Labels are used by the admin's select field; the storefront has its own dictionaries.
 */
export const crafts = [
  { slug: 'kutani', label: { ja: '九谷焼', en: 'Kutani ware' } },
  { slug: 'ohi', label: { ja: '大樋焼', en: 'Ohi ware' } },
  { slug: 'lacquer', label: { ja: '金沢漆器', en: 'Kanazawa lacquerware' } },
  { slug: 'gold-leaf', label: { ja: '金沢箔', en: 'Kanazawa gold leaf' } },
  { slug: 'kaga-yuzen', label: { ja: '加賀友禅', en: 'Kaga-yuzen' } },
  { slug: 'kaga-embroidery', label: { ja: '加賀繍', en: 'Kaga embroidery' } },
  { slug: 'mizuhiki', label: { ja: '加賀水引', en: 'Kaga mizuhiki' } },
  { slug: 'kiri', label: { ja: '金沢桐工芸', en: 'Kanazawa paulownia craft' } },
  { slug: 'futamata-washi', label: { ja: '二俣和紙', en: 'Futamata washi' } },
] as const satisfies readonly { slug: string; label: Record<ContentLocale, string> }[]

export type CraftSlug = (typeof crafts)[number]['slug']
