import { describe, expect, it, jest } from '@jest/globals'
import type { HttpTypes } from '@medusajs/types'

// The Store API client is never called by what these tests cover; the SDK itself is not loaded.
jest.unstable_mockModule('./client', () => ({
  medusa: () => {
    throw new Error('no Medusa in unit tests')
  },
}))
const { describeFailure, reshapeCart } = await import('./cart')


class FetchError extends Error {
  constructor(
    message: string,
    public status: number,
  ) {
    super(message)
  }
}

describe('describeFailure (which message the shopper gets)', () => {
  it('says the shop cannot be reached when Medusa is down or failing', () => {
    expect(describeFailure(new TypeError('fetch failed')).kind).toBe('unavailable')
    expect(describeFailure(new FetchError('Internal', 500)).kind).toBe('unavailable')
  })

  it('says sold out when stock ran out or a one-of-a-kind piece was taken', () => {
    expect(describeFailure(new FetchError('Some variant does not have the required inventory', 400)).kind).toBe('sold-out')
    expect(describeFailure(new FetchError('sold out / 売り切れ', 400)).kind).toBe('sold-out')
  })

  it('keeps bad input, missing things and missing sign-in apart', () => {
    expect(describeFailure(new FetchError('Invalid request', 400)).kind).toBe('invalid')
    expect(describeFailure(new FetchError('Cart not found', 404)).kind).toBe('not-found')
    expect(describeFailure(new FetchError('Unauthorized', 401)).kind).toBe('unauthorized')
  })
})

function cart(overrides: Partial<HttpTypes.StoreCart> = {}): HttpTypes.StoreCart {
  return {
    id: 'cart_1',
    region_id: 'reg_jp',
    currency_code: 'jpy',
    email: null,
    items: [
      {
        id: 'item_1',
        variant_id: 'variant_1',
        product_handle: 'kanazawa-maki-e-bowl',
        product_title: 'Maki-e Soup Bowl',
        variant_title: 'Default',
        thumbnail: null,
        quantity: 2,
        unit_price: 24200,
        total: 48400,
        product: { metadata: { title_ja: '蒔絵 吸物椀' } },
        metadata: {
          gift: { wrapping: 'standard', hide_prices: true, noshi: { purpose: 'thanks', knot: 'chouchou', giver_name: '金沢' } },
        },
        created_at: '2026-11-26T00:00:00Z',
      },
    ],
    item_total: 48400,
    item_subtotal: 44000,
    shipping_total: 0,
    tax_total: 4400,
    total: 48400,
    ...overrides,
  } as unknown as HttpTypes.StoreCart
}

describe('reshapeCart', () => {
  it('shows the line in the reader’s language, priced in integer minor units', () => {
    const ja = reshapeCart(cart(), 'ja')
    expect(ja.lines[0]?.title).toBe('蒔絵 吸物椀')
    expect(ja.lines[0]?.unitPrice).toEqual({ amount: 24200, currency: 'JPY' })
    expect(ja.itemCount).toBe(2)
    // Tax-inclusive shelf prices: the subtotal is what the shopper saw, tax included.
    expect(ja.subtotal).toEqual({ amount: 48400, currency: 'JPY' })
    expect(reshapeCart(cart(), 'en').lines[0]?.title).toBe('Maki-e Soup Bowl')
  })

  it('turns dollars into cents', () => {
    const usd = reshapeCart(cart({ currency_code: 'usd', item_total: 520.5 } as Partial<HttpTypes.StoreCart>), 'en')
    expect(usd.subtotal).toEqual({ amount: 52050, currency: 'USD' })
  })

  it('reads the gift options back from the line metadata', () => {
    expect(reshapeCart(cart(), 'ja').lines[0]?.gift).toEqual({
      wrapping: 'standard',
      hide_prices: true,
      noshi: { purpose: 'thanks', knot: 'chouchou', giver_name: '金沢' },
    })
    expect(reshapeCart(cart(), 'ja').lines[0]?.variantTitle).toBeNull()
  })
})
