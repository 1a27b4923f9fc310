import { describe, expect, it } from '@jest/globals'

import { languageTag, marketForAcceptLanguage, parseMarket } from './markets'

describe('parseMarket', () => {
  it.each([
    ['ja-jp', 'ja', 'jp'],
    ['en-us', 'en', 'us'],
    ['en-jp', 'en', 'jp'],
    ['ja-de', 'ja', 'de'],
  ])('reads %s as language %s, country %s', (segment, locale, country) => {
    expect(parseMarket(segment)).toEqual({ segment, locale, country })
  })

  it.each(['fr-fr', 'ja', 'ja-jpn', 'JA-JP', 'ja_jp', 'ja-jp-x', '', 'favicon.ico', '_'])(
    'does not take %p for a market',
    (segment) => {
      expect(parseMarket(segment)).toBeNull()
    },
  )
})

describe('languageTag', () => {
  it('gives the BCP 47 tag used for prices and hreflang', () => {
    expect(languageTag({ locale: 'ja', country: 'jp' })).toBe('ja-JP')
    expect(languageTag({ locale: 'en', country: 'de' })).toBe('en-DE')
  })
})

describe('marketForAcceptLanguage (the redirect of /)', () => {
  it.each([
    ['ja,en-US;q=0.9,en;q=0.8', 'ja-jp'],
    ['ja-JP', 'ja-jp'],
    ['en-US,en;q=0.9', 'en-us'],
    ['en-GB,ja;q=0.5', 'en-us'],
    ['en;q=0.4,ja;q=0.8', 'ja-jp'],
    ['fr-FR,fr;q=0.9', 'en-us'],
    ['de-DE,ja;q=0.7', 'ja-jp'],
    ['ja;q=0,en', 'en-us'],
  ])('sends %p to /%s', (header, market) => {
    expect(marketForAcceptLanguage(header)).toBe(market)
  })

  it('sends visitors without a language preference to the default market, /ja-jp', () => {
    expect(marketForAcceptLanguage(null)).toBe('ja-jp')
    expect(marketForAcceptLanguage('')).toBe('ja-jp')
  })
})
