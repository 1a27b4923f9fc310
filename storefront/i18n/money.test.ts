import { describe, expect, it } from '@jest/globals'

import { formatMoney, toDecimalString, toMinorUnits } from './money'

describe('toMinorUnits (Medusa amounts to integers)', () => {
  it('keeps yen whole and turns dollars and euros into cents', () => {
    expect(toMinorUnits(38500, 'JPY')).toBe(38500)
    expect(toMinorUnits(260, 'USD')).toBe(26000)
    expect(toMinorUnits(26.5, 'USD')).toBe(2650)
    expect(toMinorUnits(0.1 + 0.2, 'EUR')).toBe(30)
  })

  it('refuses what is not a price', () => {
    expect(toMinorUnits(Number.NaN, 'USD')).toBeNull()
    expect(toMinorUnits(-5, 'USD')).toBeNull()
    expect(toMinorUnits(1e22, 'USD')).toBeNull()
  })
})

describe('toDecimalString', () => {
  it('places the decimal point by the currency', () => {
    expect(toDecimalString({ amount: 2650, currency: 'USD' })).toBe('26.50')
    expect(toDecimalString({ amount: 5, currency: 'EUR' })).toBe('0.05')
    expect(toDecimalString({ amount: 38500, currency: 'JPY' })).toBe('38500')
  })
})

describe('formatMoney (what a shopper reads)', () => {
  it('shows yen without decimals', () => {
    expect(formatMoney({ amount: 38500, currency: 'JPY' }, 'ja-JP')).toBe('￥38,500')
    expect(formatMoney({ amount: 132000, currency: 'JPY' }, 'en-JP')).toBe('¥132,000')
  })

  it('shows dollars and euros with two decimals', () => {
    expect(formatMoney({ amount: 26000, currency: 'USD' }, 'en-US')).toBe('$260.00')
    expect(formatMoney({ amount: 2650, currency: 'USD' }, 'en-US')).toBe('$26.50')
    expect(formatMoney({ amount: 24000, currency: 'EUR' }, 'en-DE')).toBe('€240.00')
    expect(formatMoney({ amount: 24000, currency: 'EUR' }, 'ja-DE')).toBe('€240.00')
  })

  it('formats large amounts exactly', () => {
    expect(formatMoney({ amount: 900719925474099, currency: 'USD' }, 'en-US')).toBe(
      '$9,007,199,254,740.99',
    )
  })
})
