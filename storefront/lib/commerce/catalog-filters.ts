import { z } from 'zod'

import { currencyDigits } from '@/i18n/money'

import type { Product } from './types'

/**
 * The catalog's filters, sorting and pagination as they appear in the URL's query
 * (`/en-us/products?craft=kutani&use=sake-ware&min=100&max=500&stock=1&sort=price-asc&page=2`).
 * Parsing never throws: a value that makes no sense is dropped, so a hand-edited URL still shows
 * the catalog. Pure functions, so the cached query and the unit tests share them.
 */

export const SORTS = ['newest', 'price-asc', 'price-desc', 'name'] as const
export type Sort = (typeof SORTS)[number]

export const PAGE_SIZE = 12

export type CatalogFilters = {
  crafts: string[]
  uses: string[]
  /** Whole currency units (yen, dollars, euros), as a shopper types them. */
  minPrice: number | null
  maxPrice: number | null
  inStock: boolean
  oneOfAKind: boolean
  madeToOrder: boolean
  sort: Sort
  page: number
}

export type SearchParamsRecord = Record<string, string | string[] | undefined>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_VALUES = 20

function values(raw: string | string[] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return list
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== '')
}

function slugs(raw: string | string[] | undefined): string[] {
  return [...new Set(values(raw).filter((value) => SLUG.test(value) && value.length <= 60))]
    .sort()
    .slice(0, MAX_VALUES)
}

const wholeAmount = z.coerce.number().int().min(0).max(100_000_000)
const pageNumber = z.coerce.number().int().min(1).max(1000)
const flag = (raw: string | string[] | undefined) => {
  const [value] = values(raw)
  return value === '1' || value === 'true' || value === 'on'
}

function first(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw
}

export function parseCatalogFilters(params: SearchParamsRecord): CatalogFilters {
  const min = wholeAmount.safeParse(first(params.min))
  const max = wholeAmount.safeParse(first(params.max))
  const sort = z.enum(SORTS).safeParse(first(params.sort))
  const page = pageNumber.safeParse(first(params.page))
  let minPrice = min.success && first(params.min) !== '' ? min.data : null
  let maxPrice = max.success && first(params.max) !== '' ? max.data : null
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
    ;[minPrice, maxPrice] = [maxPrice, minPrice]
  }
  return {
    crafts: slugs(params.craft),
    uses: slugs(params.use),
    minPrice,
    maxPrice,
    inStock: flag(params.stock),
    oneOfAKind: flag(params.unique),
    madeToOrder: flag(params.made),
    sort: sort.success ? sort.data : 'newest',
    page: page.success ? page.data : 1,
  }
}

/** The query string of a set of filters (only what differs from the defaults), for links. */
export function catalogQuery(filters: CatalogFilters, overrides: Partial<CatalogFilters> = {}) {
  const f = { ...filters, ...overrides }
  const query = new URLSearchParams()
  for (const craft of f.crafts) query.append('craft', craft)
  for (const use of f.uses) query.append('use', use)
  if (f.minPrice !== null) query.set('min', String(f.minPrice))
  if (f.maxPrice !== null) query.set('max', String(f.maxPrice))
  if (f.inStock) query.set('stock', '1')
  if (f.oneOfAKind) query.set('unique', '1')
  if (f.madeToOrder) query.set('made', '1')
  if (f.sort !== 'newest') query.set('sort', f.sort)
  if (f.page !== 1) query.set('page', String(f.page))
  const text = query.toString()
  return text ? `?${text}` : ''
}

function toMinor(whole: number, currency: string): number {
  return whole * 10 ** currencyDigits(currency)
}

export function matchesFilters(product: Product, filters: CatalogFilters): boolean {
  if (filters.crafts.length > 0) {
    const craft = product.craft ?? product.collectionHandle
    if (!craft || !filters.crafts.includes(craft)) return false
  }
  if (filters.uses.length > 0 && !product.categoryHandles.some((c) => filters.uses.includes(c))) {
    return false
  }
  if (filters.minPrice !== null || filters.maxPrice !== null) {
    if (!product.price) return false
    const { amount, currency } = product.price
    if (filters.minPrice !== null && amount < toMinor(filters.minPrice, currency)) return false
    if (filters.maxPrice !== null && amount > toMinor(filters.maxPrice, currency)) return false
  }
  if (filters.inStock && product.availability === 'sold-out') return false
  if (filters.oneOfAKind && !product.oneOfAKind) return false
  if (filters.madeToOrder && !product.attributes.madeToOrder) return false
  return true
}

function compare(sort: Sort, languageTag: string): (a: Product, b: Product) => number {
  const collator = new Intl.Collator(languageTag)
  const price = (p: Product) => p.price?.amount ?? Number.POSITIVE_INFINITY
  switch (sort) {
    case 'price-asc':
      return (a, b) => price(a) - price(b)
    case 'price-desc':
      return (a, b) => (b.price?.amount ?? -1) - (a.price?.amount ?? -1)
    case 'name':
      return (a, b) => collator.compare(a.title, b.title)
    case 'newest':
      return (a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '')
  }
}

export type CatalogPage = {
  products: Product[]
  total: number
  page: number
  pageCount: number
}

/** Filters, sorts (stable: ties keep the catalog's order) and cuts one page. */
export function applyCatalogFilters(
  products: readonly Product[],
  filters: CatalogFilters,
  languageTag: string,
): CatalogPage {
  const order = compare(filters.sort, languageTag)
  const matching = products
    .map((product, index) => ({ product, index }))
    .filter(({ product }) => matchesFilters(product, filters))
    .sort((a, b) => order(a.product, b.product) || a.index - b.index)
    .map(({ product }) => product)
  const pageCount = Math.max(1, Math.ceil(matching.length / PAGE_SIZE))
  const page = Math.min(filters.page, pageCount)
  return {
    products: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: matching.length,
    page,
    pageCount,
  }
}
