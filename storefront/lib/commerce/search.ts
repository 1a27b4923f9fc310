import { cacheLife, cacheTag } from 'next/cache'

import type { Locale } from '@/i18n/markets'

import { catalogTag } from './cache-tags'
import { listAllProducts } from './products'
import { rankProducts } from './search-text'
import type { Product, Region } from './types'

export { MAX_QUERY_LENGTH } from './search-text'

/** Search over the region's catalog, cached per (region, language, normalized query). */
export async function searchProducts(
  region: Pick<Region, 'id' | 'currency'>,
  locale: Locale,
  query: string,
  limit = 24,
): Promise<Product[]> {
  'use cache'
  cacheTag(catalogTag)
  cacheLife('max')
  return rankProducts(await listAllProducts(region, locale), query).slice(0, limit)
}
