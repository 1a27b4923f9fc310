import { describe, expect, it } from '@jest/globals'

import { getPortalDictionary } from '@/i18n/portal'

import { checkNewPassword, isPlausibleToken, normaliseEmail } from './credentials'
import { suggestedPrice } from './exchange-rates'
import { describeFieldErrors } from './form-state'
import { parseCentsDecimal, parseWholeNumber } from './numbers'
import { checkPhotoFiles } from './photo-files'
import { applyPhotoOperation, parsePhotoOperation } from './photo-order'
import { validateShipment } from './shipment'

describe('numbers typed into the portal', () => {
  it('reads whole numbers and cent amounts without floats', () => {
    expect(parseWholeNumber('38,500')).toBe(38500)
    expect(parseWholeNumber('３')).toBe(3)
    expect(parseWholeNumber('1.5')).toBeNull()
    expect(parseCentsDecimal('120')).toBe('120.00')
    expect(parseCentsDecimal('0120.5')).toBe('120.50')
    expect(parseCentsDecimal('1e3')).toBeNull()
  })
})

describe('suggested foreign prices', () => {
  it('converts yen at the fixed rates, rounded to the cent', () => {
    expect(suggestedPrice(10000, 'usd')).toBe('67.00')
    expect(suggestedPrice(38500, 'usd')).toBe('257.95')
    expect(suggestedPrice(38500, 'eur')).toBe('238.70')
    expect(suggestedPrice(1, 'usd')).toBe('0.01')
  })
})

describe('photo order', () => {
  const urls = ['a', 'b', 'c']
  it('moves and removes photos in the ordered list', () => {
    expect(applyPhotoOperation(urls, { kind: 'up', index: 2 })).toEqual(['a', 'c', 'b'])
    expect(applyPhotoOperation(urls, { kind: 'down', index: 0 })).toEqual(['b', 'a', 'c'])
    expect(applyPhotoOperation(urls, { kind: 'remove', index: 1 })).toEqual(['a', 'c'])
    expect(applyPhotoOperation(urls, { kind: 'up', index: 0 })).toBeNull()
    expect(applyPhotoOperation(urls, { kind: 'remove', index: 3 })).toBeNull()
  })
  it('reads the buttons it renders, and nothing else', () => {
    expect(parsePhotoOperation('down:1')).toEqual({ kind: 'down', index: 1 })
    expect(parsePhotoOperation('delete:1')).toBeNull()
  })
  it('accepts JPEG, PNG and WebP up to 8 MB', () => {
    expect(checkPhotoFiles([])).toBe('no-files')
    expect(checkPhotoFiles([{ type: 'image/png', size: 1000 }])).toBe('ok')
    expect(checkPhotoFiles([{ type: 'image/gif', size: 1000 }])).toBe('bad-file')
    expect(checkPhotoFiles([{ type: 'image/jpeg', size: 9 * 1024 * 1024 }])).toBe('bad-file')
  })
})

describe('shipping', () => {
  it('needs a known carrier and a tracking number as printed on the slip', () => {
    expect(validateShipment({ carrier: 'yamato', tracking_number: '１２３４-５６７８-９０１２' })).toEqual({
      ok: true,
      shipment: { carrier: 'Yamato Transport', tracking_number: '123456789012' },
    })
    expect(validateShipment({ carrier: '', tracking_number: '12' })).toEqual({
      ok: false,
      errors: ['carrier', 'tracking_number'],
    })
  })
})

describe('credentials', () => {
  it('normalises email addresses and checks new passwords', () => {
    expect(normaliseEmail(' Hoshino-Aya@Artisans.Ginza-Kanazawa.jp ')).toBe(
      'hoshino-aya@artisans.ginza-kanazawa.jp',
    )
    expect(normaliseEmail('not an address')).toBeNull()
    expect(checkNewPassword('short', 'short')).toBe('passwordTooShort')
    expect(checkNewPassword('long enough pass', 'long enough pas')).toBe('passwordMismatch')
    expect(checkNewPassword('long enough pass', 'long enough pass')).toBeNull()
    expect(isPlausibleToken('eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.abc')).toBe(true)
    expect(isPlausibleToken('<script>')).toBe(false)
  })
})

describe('messages in the artisan’s language', () => {
  it('writes out validation codes in Japanese by default and English on request', () => {
    const errors = { stock: { code: 'stock' as const }, price_usd: { code: 'server' as const, message: 'must be a decimal' } }
    expect(describeFieldErrors(errors, getPortalDictionary('ja'))).toEqual({
      stock: '0以上の整数で入力してください。',
      price_usd: '入力内容を確認してください（must be a decimal）',
    })
    expect(describeFieldErrors(errors, getPortalDictionary('en'))).toEqual({
      stock: 'Enter a whole number, 0 or more.',
      price_usd: 'must be a decimal',
    })
  })
})
