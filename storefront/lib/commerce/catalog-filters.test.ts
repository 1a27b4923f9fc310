import { describe, expect, it } from '@jest/globals'

import { applyCatalogFilters, catalogQuery, PAGE_SIZE, parseCatalogFilters } from './catalog-filters'
import type { Product } from './types'

function product(handle: string, overrides: Partial<Product> = {}): Product {
  return {
    id: handle,
    handle,
    title: handle,
    subtitle: null,
    description: null,
    thumbnail: null,
    images: [],
    artisanHandle: 'hoshino-aya',
    craft: 'kutani',
    variants: [],
    price: { amount: 38500, currency: 'JPY' },
    taxInclusive: true,
    oneOfAKind: false,
    availability: 'in-stock',
    attributes: {
      technique: null,
      material: null,
      careKey: null,
      madeToOrder: false,
      leadTimeDays: null,
      packaging: null,
      signedBox: false,
    },
    collectionHandle: 'kutani',
    categoryHandles: ['tableware'],
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  }
}

describe('parseCatalogFilters', () => {
  it('reads crafts, uses, price range, flags, sort and page from the query', () => {
    const filters = parseCatalogFilters({
      craft: ['lacquer', 'kutani'],
      use: 'sake-ware',
      min: '100',
      max: '500',
      stock: '1',
      unique: 'on',
      made: 'true',
      sort: 'price-asc',
      page: '2',
    })
    expect(filters).toEqual({
      crafts: ['kutani', 'lacquer'],
      uses: ['sake-ware'],
      minPrice: 100,
      maxPrice: 500,
      inStock: true,
      oneOfAKind: true,
      madeToOrder: true,
      sort: 'price-asc',
      page: 2,
    })
  })

  it('drops nonsense instead of failing: the catalog still shows', () => {
    const filters = parseCatalogFilters({
      craft: '<script>',
      min: '-5',
      max: 'lots',
      sort: 'cheapest',
      page: '0',
    })
    expect(filters).toMatchObject({ crafts: [], minPrice: null, maxPrice: null, sort: 'newest', page: 1 })
  })

  it('swaps a reversed price range', () => {
    expect(parseCatalogFilters({ min: '500', max: '100' })).toMatchObject({ minPrice: 100, maxPrice: 500 })
  })

  it('gives the same filters for the same query in another order (one cache entry)', () => {
    expect(parseCatalogFilters({ craft: ['ohi', 'kutani'] })).toEqual(
      parseCatalogFilters({ craft: 'kutani,ohi' }),
    )
  })
})

describe('applyCatalogFilters', () => {
  const works = [
    product('plate', { price: { amount: 38500, currency: 'JPY' } }),
    product('cups', { price: { amount: 16500, currency: 'JPY' }, categoryHandles: ['sake-ware'] }),
    product('bowl', { craft: 'lacquer', collectionHandle: 'lacquer', price: { amount: 52000, currency: 'JPY' } }),
    product('unique', { oneOfAKind: true, availability: 'sold-out', price: { amount: 120000, currency: 'JPY' } }),
    product('kimono', {
      craft: 'kaga-yuzen',
      price: { amount: 880000, currency: 'JPY' },
      attributes: { ...product('x').attributes, madeToOrder: true, leadTimeDays: 60 },
    }),
  ]
  const all = parseCatalogFilters({})

  it('filters by craft and by use', () => {
    const lacquer = applyCatalogFilters(works, { ...all, crafts: ['lacquer'] }, 'ja-JP')
    expect(lacquer.products.map((p) => p.handle)).toEqual(['bowl'])
    const sake = applyCatalogFilters(works, { ...all, uses: ['sake-ware'] }, 'ja-JP')
    expect(sake.products.map((p) => p.handle)).toEqual(['cups'])
  })

  it('filters by a price range given in whole yen or dollars', () => {
    const yen = applyCatalogFilters(works, { ...all, minPrice: 20000, maxPrice: 60000 }, 'ja-JP')
    expect(yen.products.map((p) => p.handle)).toEqual(['plate', 'bowl'])
    const dollars = applyCatalogFilters(
      [product('a', { price: { amount: 26050, currency: 'USD' } }), product('b', { price: { amount: 11500, currency: 'USD' } })],
      { ...all, minPrice: 200 },
      'en-US',
    )
    expect(dollars.products.map((p) => p.handle)).toEqual(['a'])
  })

  it('keeps in-stock, one-of-a-kind and made-to-order pieces on request', () => {
    expect(applyCatalogFilters(works, { ...all, inStock: true }, 'en-US').products.map((p) => p.handle)).not.toContain('unique')
    expect(applyCatalogFilters(works, { ...all, oneOfAKind: true }, 'en-US').products.map((p) => p.handle)).toEqual(['unique'])
    expect(applyCatalogFilters(works, { ...all, madeToOrder: true }, 'en-US').products.map((p) => p.handle)).toEqual(['kimono'])
  })

  it('sorts by price both ways', () => {
    const asc = applyCatalogFilters(works, { ...all, sort: 'price-asc' }, 'en-US')
    expect(asc.products.map((p) => p.handle)).toEqual(['cups', 'plate', 'bowl', 'unique', 'kimono'])
    const desc = applyCatalogFilters(works, { ...all, sort: 'price-desc' }, 'en-US')
    expect(desc.products[0]?.handle).toBe('kimono')
  })

  it('paginates, and a page past the end shows the last page', () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => product(`p${i}`))
    const second = applyCatalogFilters(many, { ...all, page: 2 }, 'en-US')
    expect(second).toMatchObject({ total: PAGE_SIZE * 2 + 3, page: 2, pageCount: 3 })
    expect(second.products[0]?.handle).toBe(`p${PAGE_SIZE}`)
    expect(applyCatalogFilters(many, { ...all, page: 99 }, 'en-US').page).toBe(3)
  })
})

describe('catalogQuery', () => {
  it('writes only what differs from the defaults, for pagination links', () => {
    const filters = parseCatalogFilters({ craft: 'kutani', sort: 'name' })
    expect(catalogQuery(filters, { page: 2 })).toBe('?craft=kutani&sort=name&page=2')
    expect(catalogQuery(parseCatalogFilters({}))).toBe('')
  })
})
