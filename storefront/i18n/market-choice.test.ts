import { describe, expect, it } from '@jest/globals'

import { isCrawler, marketForVisitor, parseMarketChoice } from './market-choice'

const served = new Set(['jp', 'us', 'gb', 'de', 'fr', 'au'])

describe('marketForVisitor (the redirect of /)', () => {
  it('keeps an explicit earlier choice', () => {
    expect(marketForVisitor({ cookie: 'en-de', acceptLanguage: 'ja', country: 'JP', served })).toBe('en-de')
  })

  it('ignores a remembered market no region sells to any more', () => {
    expect(marketForVisitor({ cookie: 'en-zz', acceptLanguage: 'ja', country: null, served })).toBe('ja-jp')
  })

  it('takes the language from Accept-Language and the country from the CDN header', () => {
    expect(marketForVisitor({ cookie: null, acceptLanguage: 'en-US,en;q=0.9', country: 'DE', served })).toBe('en-de')
    expect(marketForVisitor({ cookie: null, acceptLanguage: 'ja,en;q=0.8', country: 'us', served })).toBe('ja-us')
  })

  it('uses the language tag’s region when there is no country header', () => {
    expect(marketForVisitor({ cookie: null, acceptLanguage: 'en-GB,en;q=0.9', country: null, served })).toBe('en-gb')
  })

  it('falls back to the language’s home market for a country no region sells to', () => {
    expect(marketForVisitor({ cookie: null, acceptLanguage: 'en', country: 'BR', served })).toBe('en-us')
    expect(marketForVisitor({ cookie: null, acceptLanguage: 'ja', country: 'BR', served })).toBe('ja-jp')
    expect(marketForVisitor({ cookie: null, acceptLanguage: 'fr-FR', country: 'FR', served })).toBe('en-fr')
    expect(marketForVisitor({ cookie: null, acceptLanguage: null, country: null, served })).toBe('ja-jp')
  })

  it('keeps to jp and us when the regions are unknown (Medusa down)', () => {
    expect(marketForVisitor({ cookie: 'en-de', acceptLanguage: 'en', country: 'de', served: null })).toBe('en-us')
  })
})

describe('parseMarketChoice (the market selector)', () => {
  const choose = (query: string) => parseMarketChoice(new URLSearchParams(query), served)

  it('sends the shopper to the same page in the chosen market', () => {
    expect(choose('locale=en&country=de&path=/products/kutani-gosai-plate')).toEqual({
      ok: true,
      segment: 'en-de',
      location: '/en-de/products/kutani-gosai-plate',
    })
    expect(choose('locale=ja&country=JP&path=')).toMatchObject({ location: '/ja-jp' })
  })

  it('refuses unknown languages, unsold countries and paths off the shop', () => {
    expect(choose('locale=fr&country=fr')).toMatchObject({ ok: false })
    expect(choose('locale=en&country=zz')).toMatchObject({ ok: false, message: expect.stringContaining('ZZ') })
    expect(choose('locale=en&country=us&path=//evil.example')).toMatchObject({ ok: false })
    expect(choose('locale=en&country=us&path=https://evil.example')).toMatchObject({ ok: false })
  })
})

describe('isCrawler', () => {
  it('recognises search engines, not browsers', () => {
    expect(isCrawler('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(true)
    expect(isCrawler('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1')).toBe(false)
  })
})
