import { describe, expect, it, jest } from '@jest/globals'

// The Store API client is never called by what these tests cover; the SDK itself is not loaded.
jest.unstable_mockModule('./client', () => ({
  medusa: () => {
    throw new Error('no Medusa in unit tests')
  },
}))
const { addressLines, orderIdFromNumber, orderNumber } = await import('./orders')


describe('order numbers (what a guest types back to find an order)', () => {
  it('turns the shown number back into the order id, forgiving case, # and the prefix', () => {
    const id = 'order_01M8AMAV19GC6R9VBNEHQKY0W5'
    expect(orderNumber(id)).toBe('01M8AMAV19GC6R9VBNEHQKY0W5')
    expect(orderIdFromNumber('01M8AMAV19GC6R9VBNEHQKY0W5')).toBe(id)
    expect(orderIdFromNumber(' 01m8amav19gc6r9vbnehqky0w5 ')).toBe(id)
    expect(orderIdFromNumber('#01M8AMAV19GC6R9VBNEHQKY0W5')).toBe(id)
    expect(orderIdFromNumber(id)).toBe(id)
  })

  it('refuses what cannot be an order number (no request is made for it)', () => {
    expect(orderIdFromNumber('')).toBeNull()
    expect(orderIdFromNumber('12')).toBeNull()
    expect(orderIdFromNumber('../admin')).toBeNull()
    expect(orderIdFromNumber('01M8AMAV19GC6R9VBNEHQKY0W5?fields=*')).toBeNull()
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
