import { describe, expect, it } from '@jest/globals'

import { normalizeSearchText, queryTerms, rankProducts, scoreText } from './search-text'
import type { Product } from './types'

function product(handle: string, title: string, craft: string, description = ''): Product {
  return {
    id: handle,
    handle,
    title,
    subtitle: null,
    description,
    thumbnail: null,
    images: [],
    artisanHandle: 'hoshino-aya',
    craft,
    variants: [],
    price: null,
    taxInclusive: false,
    oneOfAKind: false,
    availability: 'in-stock',
    attributes: { technique: null, material: null, careKey: null, madeToOrder: false, leadTimeDays: null, packaging: null, signedBox: false },
    collectionHandle: craft,
    categoryHandles: [],
    createdAt: null,
  }
}

describe('search text', () => {
  it('folds full-width letters and case, and splits on the ideographic space', () => {
    expect(normalizeSearchText('ＫＵＴＡＮＩ  Plate')).toBe('kutani plate')
    expect(queryTerms('九谷焼　大皿')).toEqual(['九谷焼', '大皿'])
  })

  it('needs every word somewhere, and ranks title hits higher', () => {
    expect(scoreText(['kutani', 'plate'], ['Kutani Gosai Plate', null])).toBe(6)
    expect(scoreText(['kutani', 'bowl'], ['Kutani Gosai Plate', 'a bowl'])).toBe(4)
    expect(scoreText(['kutani', 'lacquer'], ['Kutani Gosai Plate'])).toBe(0)
  })
})

describe('rankProducts', () => {
  const works = [
    product('lacquer-bowl', 'Wajima-style Bowl', 'lacquer'),
    product('kutani-plate', 'Kutani Gosai Plate', 'kutani'),
    product('kutani-cups', 'Sake Cups, Pair', 'kutani'),
  ]

  it('finds a Kutani plate by its craft name in either language', () => {
    expect(rankProducts(works, 'kutani plate').map((p) => p.handle)).toEqual(['kutani-plate'])
    expect(rankProducts(works, '九谷焼').map((p) => p.handle)).toEqual(['kutani-plate', 'kutani-cups'])
  })

  it('finds nothing for an empty query', () => {
    expect(rankProducts(works, '   ')).toEqual([])
  })
})
