import { beforeEach, describe, expect, it, jest } from '@jest/globals'

type Fetch = (path: string, init: { method: string; body: unknown }) => Promise<unknown>
type Retrieve = (id: string, query: unknown) => Promise<unknown>
const fetch = jest.fn<Fetch>()
const retrieve = jest.fn<Retrieve>()

// A stand-in for the Store API client: the SDK itself is not loaded.
jest.unstable_mockModule('./client', () => ({
  medusa: () => ({ client: { fetch }, store: { order: { retrieve } } }),
}))
const { addressLines, lookupGuestOrder } = await import('./orders')

const storeOrder = (id: string, email: string) => ({
  id,
  display_id: 12,
  email,
  currency_code: 'jpy',
  created_at: '2026-01-05T10:00:00.000Z',
  items: [],
  shipping_address: null,
  shipping_methods: [],
})
const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status })

describe('lookupGuestOrder (a guest finds an order by email + order number)', () => {
  const id = 'order_01M8AMAV19GC6R9VBNEHQKY0W5'
  beforeEach(() => {
    fetch.mockReset()
    retrieve.mockReset()
  })

  it('asks the store for the short number as a whole number, then shows that order as "#12"', async () => {
    fetch.mockResolvedValue({ order: { id } })
    retrieve.mockResolvedValue({ order: storeOrder(id, 'Hanako@Example.jp') })
    const found = await lookupGuestOrder('hanako@example.jp', '＃１２', 'ja')
    expect(fetch).toHaveBeenCalledWith('/store/order-lookup', {
      method: 'POST',
      body: { email: 'hanako@example.jp', display_id: 12 },
    })
    expect(found).toMatchObject({ status: 'found', order: { id, number: '#12', displayId: 12 } })
  })

  it('answers not found for a miss, and too many when the store pauses the email', async () => {
    fetch.mockRejectedValueOnce(httpError(404))
    expect(await lookupGuestOrder('hanako@example.jp', '12', 'en')).toEqual({ status: 'not-found' })
    fetch.mockRejectedValueOnce(httpError(429))
    expect(await lookupGuestOrder('hanako@example.jp', '12', 'en')).toEqual({ status: 'too-many' })
    expect(retrieve).not.toHaveBeenCalled()
  })

  it('lets Medusa being down surface as an error, not as "no such order"', async () => {
    fetch.mockRejectedValueOnce(httpError(503))
    await expect(lookupGuestOrder('hanako@example.jp', '12', 'en')).rejects.toThrow('HTTP 503')
  })

  it('still finds an order by the old long number, only with its email', async () => {
    retrieve.mockResolvedValue({ order: storeOrder(id, 'hanako@example.jp') })
    expect(await lookupGuestOrder('HANAKO@example.jp', '01M8AMAV19GC6R9VBNEHQKY0W5', 'en')).toMatchObject({
      status: 'found',
      order: { id },
    })
    expect(await lookupGuestOrder('someone@example.jp', '01M8AMAV19GC6R9VBNEHQKY0W5', 'en')).toEqual({
      status: 'not-found',
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('makes no request for what cannot be an order number', async () => {
    expect(await lookupGuestOrder('hanako@example.jp', '../admin', 'en')).toEqual({ status: 'not-found' })
    expect(fetch).not.toHaveBeenCalled()
    expect(retrieve).not.toHaveBeenCalled()
  })
})

describe('addressLines', () => {
  it('writes a Japanese address from the postal code down', () => {
    expect(
      addressLines({
        postal_code: '104-0061',
        province: '東京都',
        city: '中央区',
        address_1: '銀座2-2-1',
        address_2: '銀座ビル3階',
        country_code: 'jp',
      }),
    ).toEqual(['〒104-0061', '東京都中央区銀座2-2-1', '銀座ビル3階'])
  })

  it('writes other addresses street first, then city, state and ZIP', () => {
    expect(
      addressLines({
        postal_code: '10118',
        province: 'NY',
        city: 'New York',
        address_1: '350 Fifth Avenue',
        country_code: 'us',
      }),
    ).toEqual(['350 Fifth Avenue', 'New York, NY 10118'])
  })
})
