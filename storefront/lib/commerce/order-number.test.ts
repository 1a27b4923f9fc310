import { describe, expect, it } from '@jest/globals'

import { formatOrderNumber, orderIdFromNumber, parseOrderNumber } from './order-number'

describe('order numbers (what a guest types back to find an order)', () => {
  it('writes the short number as the shopper sees it', () => {
    expect(formatOrderNumber(12)).toBe('#12')
  })

  it('reads the short number however it is typed', () => {
    for (const typed of ['12', '#12', ' # 12 ', '＃１２', '012', 'No. 12', 'no12']) {
      expect(parseOrderNumber(typed)).toEqual({ displayId: 12 })
    }
    expect(parseOrderNumber('2147483647')).toEqual({ displayId: 2147483647 })
  })

  it('still understands the long numbers shown before, forgiving case, # and the prefix', () => {
    const id = 'order_01M8AMAV19GC6R9VBNEHQKY0W5'
    expect(parseOrderNumber('01M8AMAV19GC6R9VBNEHQKY0W5')).toEqual({ id })
    expect(parseOrderNumber(' 01m8amav19gc6r9vbnehqky0w5 ')).toEqual({ id })
    expect(parseOrderNumber('#01M8AMAV19GC6R9VBNEHQKY0W5')).toEqual({ id })
    expect(orderIdFromNumber(id)).toBe(id)
  })

  it('refuses what cannot be an order number (no request is made for it)', () => {
    for (const typed of ['', '#', '0', '-3', '1.5', '2147483648', '12abc', '../admin', '01M8AMAV19GC6R9VBNEHQKY0W5?fields=*']) {
      expect(parseOrderNumber(typed)).toBeNull()
    }
  })
})
