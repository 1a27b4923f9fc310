import { describe, expect, it } from '@jest/globals'
import type { HttpTypes } from '@medusajs/types'

import { reshapeProduct, reshapeRegion } from './reshape'

type Variant = HttpTypes.StoreProductVariant

function variant(
  overrides: Partial<Variant> & { amount?: number | null; currency?: string },
): Variant {
  const { amount = 38500, currency = 'jpy', ...rest } = overrides
  return {
    id: 'variant_1',
    title: 'Default',
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: 3,
    calculated_price: {
      id: 'price_set_1',
      calculated_amount: amount,
      original_amount: amount,
      currency_code: currency,
      is_calculated_price_tax_inclusive: currency === 'jpy',
    },
    ...rest,
  } as Variant
}

function product(overrides: Partial<HttpTypes.StoreProduct> = {}): HttpTypes.StoreProduct {
  return {
    id: 'prod_1',
    handle: 'kutani-gosai-plate',
    title: 'Kutani Gosai Plate',
    subtitle: 'Overglaze enamels in five colours',
    description: 'A large plate.',
    thumbnail: 'http://localhost:9000/static/plate.jpg',
    images: [],
    metadata: {
      title_ja: '九谷焼 五彩 大皿',
      subtitle_ja: '五彩の上絵',
      artisan_handle: 'hoshino-aya',
      craft: 'kutani',
    },
    variants: [variant({})],
    ...overrides,
  } as HttpTypes.StoreProduct
}

describe('reshapeProduct', () => {
  it('shows Japanese readers the Japanese title and English readers the English one', () => {
    expect(reshapeProduct(product(), { currency: 'JPY' }, 'ja').title).toBe('九谷焼 五彩 大皿')
    expect(reshapeProduct(product(), { currency: 'JPY' }, 'en').title).toBe('Kutani Gosai Plate')
  })

  it('falls back to English where a Japanese text is missing', () => {
    const ja = reshapeProduct(product(), { currency: 'JPY' }, 'ja')
    expect(ja.subtitle).toBe('五彩の上絵')
    expect(ja.description).toBe('A large plate.')
  })

  it('prices in the region currency as integer minor units, with the tax note', () => {
    const yen = reshapeProduct(product(), { currency: 'JPY' }, 'ja')
    expect(yen.price).toEqual({ amount: 38500, currency: 'JPY' })
    expect(yen.taxInclusive).toBe(true)

    const dollars = reshapeProduct(
      product({ variants: [variant({ amount: 26.5, currency: 'usd' })] }),
      { currency: 'USD' },
      'en',
    )
    expect(dollars.price).toEqual({ amount: 2650, currency: 'USD' })
    expect(dollars.taxInclusive).toBe(false)
  })

  it('shows the lowest variant price on the card', () => {
    const reshaped = reshapeProduct(
      product({
        variants: [
          variant({ id: 'large', amount: 52000 }),
          variant({ id: 'small', amount: 16500 }),
          variant({ id: 'unpriced', amount: null }),
        ],
      }),
      { currency: 'JPY' },
      'en',
    )
    expect(reshaped.price).toEqual({ amount: 16500, currency: 'JPY' })
  })

  it('says sold out when no tracked variant has stock left', () => {
    const soldOut = reshapeProduct(
      product({ variants: [variant({ inventory_quantity: 0 })] }),
      { currency: 'JPY' },
      'en',
    )
    expect(soldOut.availability).toBe('sold-out')
    expect(reshapeProduct(product(), { currency: 'JPY' }, 'en').availability).toBe('in-stock')
  })

  it('joins to the maker by metadata.artisan_handle and marks one-of-a-kind pieces', () => {
    const plain = reshapeProduct(product(), { currency: 'JPY' }, 'en')
    expect(plain.artisanHandle).toBe('hoshino-aya')
    expect(plain.craft).toBe('kutani')
    expect(plain.oneOfAKind).toBe(false)
    const unique = reshapeProduct(
      product({ metadata: { one_of_a_kind: true } }),
      { currency: 'JPY' },
      'en',
    )
    expect(unique.oneOfAKind).toBe(true)
  })
})

describe('reshapeRegion', () => {
  it('keeps currency upper case and countries lower case', () => {
    const region = reshapeRegion({
      id: 'reg_1',
      name: 'Europe',
      currency_code: 'eur',
      countries: [{ iso_2: 'de' }, { iso_2: 'FR' }],
    } as HttpTypes.StoreRegion)
    expect(region).toEqual({
      id: 'reg_1',
      name: 'Europe',
      currency: 'EUR',
      countries: ['de', 'fr'],
    })
  })
})
