import type { HttpTypes } from '@medusajs/types'
import { cacheLife, cacheTag } from 'next/cache'

import type { Locale } from '@/i18n/markets'

import { catalogTag, productTag } from './cache-tags'
import { medusa } from './client'
import { reshapeProduct } from './reshape'
import type { Product, Region } from './types'

/**
 * Prices for the region (`calculated_price`), stock, craft metadata, the collection (one per craft)
 * and the categories by use.
 */
const PRODUCT_FIELDS =
  '*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,+metadata,+material,+created_at,*images,*collection,*categories'

/** Medusa's Translation Module answers in the language of `?locale=` (base texts are English). */
const MEDUSA_LOCALE: Record<Locale, string> = { ja: 'ja-JP', en: 'en-US' }

/** The whole catalog is small (tens of works): one read per region and language, paged by 100. */
const PAGE_SIZE = 100
const MAX_PRODUCTS = 1000
const MAX_PRODUCT_TAGS = 120

type RegionRef = Pick<Region, 'id' | 'currency'>

/*
 * The cached functions return Medusa's JSON for one region and language; the exported ones
 * reshape it. Every read is tagged so Medusa's subscriber can revalidate it.
 */

async function listAllProductsRaw(
  regionId: string,
  locale: Locale,
): Promise<HttpTypes.StoreProduct[]> {
  'use cache'
  cacheTag(catalogTag)
  cacheLife('max')
  const all: HttpTypes.StoreProduct[] = []
  for (let offset = 0; offset < MAX_PRODUCTS; offset += PAGE_SIZE) {
    const { products, count } = await medusa().store.product.list({
      region_id: regionId,
      limit: PAGE_SIZE,
      offset,
      order: '-created_at',
      fields: PRODUCT_FIELDS,
      locale: MEDUSA_LOCALE[locale],
    })
    all.push(...products)
    if (products.length < PAGE_SIZE || all.length >= count) break
  }
  // Per-product tags too (Next keeps at most 128 tags per entry; `catalog` covers the rest).
  for (const product of all.slice(0, MAX_PRODUCT_TAGS)) {
    if (product.handle) cacheTag(productTag(product.handle))
  }
  return all
}

async function retrieveProductRaw(
  handle: string,
  regionId: string,
  locale: Locale,
): Promise<HttpTypes.StoreProduct | null> {
  'use cache'
  cacheTag(productTag(handle))
  cacheLife('max')
  const { products } = await medusa().store.product.list({
    handle,
    region_id: regionId,
    limit: 1,
    fields: PRODUCT_FIELDS,
    locale: MEDUSA_LOCALE[locale],
  })
  return products[0] ?? null
}

/** Every published work, newest first, priced in the region's currency, in the reader's language. */
export async function listAllProducts(region: RegionRef, locale: Locale): Promise<Product[]> {
  const products = await listAllProductsRaw(region.id, locale)
  return products.map((product) => reshapeProduct(product, region, locale))
}

/** The shop's newest works (the home page's default rail). */
export async function listFeaturedProducts(
  region: RegionRef,
  locale: Locale,
  limit = 8,
): Promise<Product[]> {
  return (await listAllProducts(region, locale)).slice(0, limit)
}

/** One product by handle, or null if Medusa has none (the page answers 404). */
export async function getProduct(
  handle: string,
  region: RegionRef,
  locale: Locale,
): Promise<Product | null> {
  const product = await retrieveProductRaw(handle, region.id, locale)
  return product ? reshapeProduct(product, region, locale) : null
}

/** Products by handle, in the order given; unknown handles are left out. */
export async function listProductsByHandle(
  handles: readonly string[],
  region: RegionRef,
  locale: Locale,
): Promise<Product[]> {
  if (handles.length === 0) return []
  const byHandle = new Map(
    (await listAllProducts(region, locale)).map((product) => [product.handle, product]),
  )
  return handles
    .map((handle) => byHandle.get(handle))
    .filter((product): product is Product => Boolean(product))
}

/** Works of one maker (joined by `metadata.artisan_handle`). */
export async function listProductsByArtisan(
  artisanHandle: string,
  region: RegionRef,
  locale: Locale,
): Promise<Product[]> {
  return (await listAllProducts(region, locale)).filter(
    (product) => product.artisanHandle === artisanHandle,
  )
}

/** Works of one craft (by `metadata.craft`, or the craft's collection). */
export async function listProductsByCraft(
  craft: string,
  region: RegionRef,
  locale: Locale,
): Promise<Product[]> {
  return (await listAllProducts(region, locale)).filter(
    (product) => product.craft === craft || product.collectionHandle === craft,
  )
}

/**
 * Similar pieces for a sold (or any) work: same craft first, then same use, never the work itself,
 * sold pieces last.
 */
export async function listSimilarProducts(
  product: Product,
  region: RegionRef,
  locale: Locale,
  limit = 4,
): Promise<Product[]> {
  const others = (await listAllProducts(region, locale)).filter((p) => p.handle !== product.handle)
  const score = (p: Product) =>
    (p.craft && p.craft === product.craft ? 4 : 0) +
    (p.categoryHandles.some((c) => product.categoryHandles.includes(c)) ? 2 : 0) +
    (p.artisanHandle && p.artisanHandle === product.artisanHandle ? 1 : 0) -
    (p.availability === 'sold-out' ? 8 : 0)
  return others
    .map((p, index) => ({ p, index, s: score(p) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.index - b.index)
    .slice(0, limit)
    .map(({ p }) => p)
}
