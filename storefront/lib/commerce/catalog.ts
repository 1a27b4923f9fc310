import { cacheLife, cacheTag } from 'next/cache'

import type { Locale } from '@/i18n/markets'

import { catalogTag } from './cache-tags'
import { applyCatalogFilters, type CatalogFilters, type CatalogPage } from './catalog-filters'
import { listAllProducts } from './products'
import type { Region } from './types'

/**
 * One page of the catalog for a set of filters. Reading `searchParams` makes the page itself
 * render per request, so the work is done here, cached per (region, language, filters): a repeated
 * query costs neither Medusa nor a re-filter, and `catalog` revalidates every cached page at once.
 */
export async function queryCatalog(
  region: Pick<Region, 'id' | 'currency'>,
  locale: Locale,
  languageTag: string,
  filters: CatalogFilters,
): Promise<CatalogPage> {
  'use cache'
  cacheTag(catalogTag)
  cacheLife('max')
  const products = await listAllProducts(region, locale)
  return applyCatalogFilters(products, filters, languageTag)
}
