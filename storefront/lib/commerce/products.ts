import type { HttpTypes } from '@medusajs/types'
import { cacheLife, cacheTag } from 'next/cache'

import type { Locale } from '@/i18n/markets'

import { catalogTag, productTag } from './cache-tags'
import { medusa } from './client'
import { reshapeProduct } from './reshape'
import type { Product, Region } from './types'

/** Prices for the region (`calculated_price`), stock, and the metadata that carries ja texts. */
const PRODUCT_FIELDS =
  '*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,+metadata,*images'

type RegionRef = Pick<Region, 'id' | 'currency'>

/*
 * The cached functions return Medusa's JSON for one region; the exported ones reshape it for a
 * language, so both languages of a market share one Medusa call.
 */

async function listProductsRaw(regionId: string, limit: number): Promise<HttpTypes.StoreProduct[]> {
  'use cache'
  cacheTag(catalogTag)
  cacheLife('max')
  const { products } = await medusa().store.product.list({
    region_id: regionId,
    limit,
    order: 'created_at',
    fields: PRODUCT_FIELDS,
  })
  for (const product of products) if (product.handle) cacheTag(productTag(product.handle))
  return products
}

async function retrieveProductRaw(
  handle: string,
  regionId: string,
): Promise<HttpTypes.StoreProduct | null> {
  'use cache'
  cacheTag(productTag(handle))
  cacheLife('max')
  const { products } = await medusa().store.product.list({
    handle,
    region_id: regionId,
    limit: 1,
    fields: PRODUCT_FIELDS,
  })
  return products[0] ?? null
}

async function listProductsByHandleRaw(
  handles: string[],
  regionId: string,
): Promise<HttpTypes.StoreProduct[]> {
  'use cache'
  for (const handle of handles) cacheTag(productTag(handle))
  cacheLife('max')
  const { products } = await medusa().store.product.list({
    handle: handles,
    region_id: regionId,
    limit: handles.length,
    fields: PRODUCT_FIELDS,
  })
  return products
}

/** The shop's featured works, priced in the region's currency. */
export async function listFeaturedProducts(
  region: RegionRef,
  locale: Locale,
  limit = 8,
): Promise<Product[]> {
  const products = await listProductsRaw(region.id, limit)
  return products.map((product) => reshapeProduct(product, region, locale))
}

/** One product by handle, or null if Medusa has none (the page answers 404). */
export async function getProduct(
  handle: string,
  region: RegionRef,
  locale: Locale,
): Promise<Product | null> {
  const product = await retrieveProductRaw(handle, region.id)
  return product ? reshapeProduct(product, region, locale) : null
}

/** Products by handle, in the order given; unknown handles are left out. */
export async function listProductsByHandle(
  handles: readonly string[],
  region: RegionRef,
  locale: Locale,
): Promise<Product[]> {
  if (handles.length === 0) return []
  const products = await listProductsByHandleRaw([...handles], region.id)
  const byHandle = new Map(products.map((product) => [product.handle, product]))
  return handles
    .map((handle) => byHandle.get(handle))
    .filter((product): product is HttpTypes.StoreProduct => Boolean(product))
    .map((product) => reshapeProduct(product, region, locale))
}
