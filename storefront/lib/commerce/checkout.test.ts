import { describe, expect, it, jest } from '@jest/globals'

// The Store API client is never called by what these tests cover; the SDK itself is not loaded.
jest.unstable_mockModule('./client', () => ({
  medusa: () => {
    throw new Error('no Medusa in unit tests')
  },
}))
const { addressSchema, giftMetadata, giftSchema } = await import('./checkout')


const tokyo = {
  firstName: '花子',
  lastName: '金沢',
  address1: '銀座2-2-1',
  city: '中央区',
  province: '東京都',
  postalCode: '104-0061',
  countryCode: 'JP',
}

function errorsOf(input: Record<string, string>): Record<string, string> {
  const parsed = addressSchema.safeParse(input)
  if (parsed.success) return {}
  return Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]))
}

describe('addressSchema (the checkout address, per country)', () => {
  it('takes a Japanese address with or without the hyphen in the postal code', () => {
    expect(errorsOf(tokyo)).toEqual({})
    expect(errorsOf({ ...tokyo, postalCode: '1040061' })).toEqual({})
    expect(addressSchema.parse(tokyo).countryCode).toBe('jp')
  })

  it('refuses a Japanese address without a prefecture or with a foreign postal code', () => {
    expect(errorsOf({ ...tokyo, province: '' })).toEqual({ province: 'province' })
    expect(errorsOf({ ...tokyo, postalCode: '10118' })).toEqual({ postalCode: 'postal-code' })
  })

  it('wants a US state code and a ZIP (5 or 9 digits)', () => {
    const ny = { ...tokyo, city: 'New York', address1: '350 Fifth Avenue', countryCode: 'us', province: 'NY' }
    expect(errorsOf({ ...ny, postalCode: '10118' })).toEqual({})
    expect(errorsOf({ ...ny, postalCode: '10118-0110' })).toEqual({})
    expect(errorsOf({ ...ny, postalCode: '104-0061' })).toEqual({ postalCode: 'postal-code' })
    expect(errorsOf({ ...ny, postalCode: '10118', province: 'New York' })).toEqual({ province: 'province' })
  })

  it('knows a UK postcode and leaves the province optional in Europe', () => {
    const london = { ...tokyo, countryCode: 'gb', province: '', city: 'London', postalCode: 'SW1A 1AA' }
    expect(errorsOf(london)).toEqual({})
    expect(errorsOf({ ...london, postalCode: '12' })).toEqual({ postalCode: 'postal-code' })
    expect(errorsOf({ ...london, countryCode: 'de', postalCode: '10115' })).toEqual({})
  })

  it('names every missing field', () => {
    expect(Object.keys(errorsOf({ countryCode: 'us', postalCode: '' })).sort()).toEqual(
      ['address1', 'city', 'firstName', 'lastName', 'postalCode'].sort(),
    )
  })
})

describe('giftSchema and giftMetadata (wrapping and noshi on each line)', () => {
  it('writes the line item metadata the store validates', () => {
    const gift = giftSchema.parse({
      wrapping: 'standard',
      noshi: true,
      purpose: 'wedding',
      knot: 'musubikiri',
      giverName: '金沢',
      hidePrices: true,
    })
    expect(giftMetadata(gift)).toEqual({
      gift: {
        wrapping: 'standard',
        hide_prices: true,
        noshi: { purpose: 'wedding', knot: 'musubikiri', giver_name: '金沢' },
      },
    })
  })

  it('leaves the noshi out when none was asked for', () => {
    expect(giftMetadata(giftSchema.parse({ wrapping: 'furoshiki' }))).toEqual({
      gift: { wrapping: 'furoshiki', hide_prices: false },
    })
  })

  it('asks for the giver’s name and for wrapping when a noshi is wanted', () => {
    const parsed = giftSchema.safeParse({ wrapping: 'none', noshi: true, giverName: '' })
    expect(parsed.success).toBe(false)
    const messages = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message).sort()
    expect(messages).toEqual(['giver-name', 'noshi-needs-wrapping'])
  })

  it('matches the store: a wedding or condolence noshi needs a hard knot, the name fits 30 characters', () => {
    const bow = giftSchema.safeParse({ wrapping: 'standard', noshi: true, giverName: '金沢', purpose: 'condolence', knot: 'chouchou' })
    expect(bow.success ? [] : bow.error.issues.map((issue) => issue.message)).toEqual(['noshi-knot'])
    const long = giftSchema.safeParse({ wrapping: 'standard', noshi: true, giverName: 'あ'.repeat(31) })
    expect(long.success ? [] : long.error.issues.map((issue) => issue.message)).toEqual(['giver-name-length'])
    expect(giftSchema.safeParse({ wrapping: 'standard', noshi: true, giverName: 'あ'.repeat(30) }).success).toBe(true)
  })

  it('refuses an occasion or knot it does not know', () => {
    expect(giftSchema.safeParse({ wrapping: 'standard', noshi: true, giverName: 'A', purpose: 'birthday' }).success).toBe(false)
    expect(giftSchema.safeParse({ wrapping: 'standard', noshi: true, giverName: 'A', knot: 'square' }).success).toBe(false)
  })
})
