import { getDictionary } from '@/i18n/dictionary'

import type { Product } from './types'

/** Text matching for search (pure; shared by the product search and the story search). */

/** Longest query we search for; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 100

/** NFKC folds full-width letters and half-width katakana; case is ignored. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** The words of a query (split on any space, ideographic included), at most 8. */
export function queryTerms(query: string): string[] {
  return normalizeSearchText(query.slice(0, MAX_QUERY_LENGTH))
    .split(' ')
    .filter((term) => term !== '')
    .slice(0, 8)
}

/**
 * How well a document matches: every term must occur somewhere (0 otherwise); terms in the
 * title weigh more. `fields[0]` is the title.
 */
export function scoreText(terms: readonly string[], fields: readonly (string | null)[]): number {
  if (terms.length === 0) return 0
  const normalized = fields.map((field) => (field ? normalizeSearchText(field) : ''))
  let score = 0
  for (const term of terms) {
    const inTitle = normalized[0]?.includes(term) ?? false
    const elsewhere = normalized.some((field) => field.includes(term))
    if (!elsewhere) return 0
    score += inTitle ? 3 : 1
  }
  return score
}

function productFields(product: Product): (string | null)[] {
  const craftNames = product.craft
    ? [getDictionary('ja').crafts[product.craft], getDictionary('en').crafts[product.craft]]
    : []
  return [
    product.title,
    product.subtitle,
    product.description,
    product.craft,
    ...craftNames.map((name) => name ?? null),
    product.attributes.technique,
    product.attributes.material,
    product.artisanHandle?.replace(/-/g, ' ') ?? null,
  ]
}

/** Products matching a query, best first (ties keep the catalog's order). */
export function rankProducts(products: readonly Product[], query: string) {
  const terms = queryTerms(query)
  return products
    .map((product, index) => ({ product, index, score: scoreText(terms, productFields(product)) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ product }) => product)
}
