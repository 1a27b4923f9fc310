import { describe, expect, it } from '@jest/globals'

import type { Product } from '@/lib/commerce/types'

import { articleJsonLd, productJsonLd, serializeJsonLd } from './json-ld'
import { alternatesFor } from './alternates'
import { marketsOf } from './market-options'

const base: Product = {
  id: 'p',
  handle: 'kutani-gosai-plate',
  title: 'Kutani Gosai Plate',
  subtitle: 'Five colours',
  description: null,
  thumbnail: 'http://localhost:9000/static/plate.jpg',
  images: [],
  artisanHandle: 'hoshino-aya',
  craft: 'kutani',
  variants: [],
  price: { amount: 26050, currency: 'USD' },
  taxInclusive: false,
  oneOfAKind: false,
  availability: 'in-stock',
  attributes: { technique: null, material: 'Porcelain', careKey: null, madeToOrder: false, leadTimeDays: null, packaging: null, signedBox: true },
  collectionHandle: 'kutani',
  categoryHandles: [],
  createdAt: null,
}

describe('productJsonLd', () => {
  it('offers the price as a decimal string in the market currency, with availability', () => {
    const data = productJsonLd({ product: base, url: 'https://shop/en-us/products/x', brand: 'Ginza no Kanazawa', artisanName: 'Hoshino Aya' })
    expect(data.offers).toMatchObject({ price: '260.50', priceCurrency: 'USD', availability: 'https://schema.org/InStock' })
    expect(data.image).toEqual(['http://localhost:9000/static/plate.jpg'])
  })

  it('says SoldOut for a sold one-of-a-kind piece and MadeToOrder for a commission', () => {
    const sold = productJsonLd({ product: { ...base, oneOfAKind: true, availability: 'sold-out' }, url: 'u', brand: 'b', artisanName: null })
    expect(sold.offers).toMatchObject({ availability: 'https://schema.org/SoldOut' })
    const made = productJsonLd({ product: { ...base, attributes: { ...base.attributes, madeToOrder: true } }, url: 'u', brand: 'b', artisanName: null })
    expect(made.offers).toMatchObject({ availability: 'https://schema.org/MadeToOrder' })
  })

  it('yen prices have no decimals and note the included tax', () => {
    const yen = productJsonLd({ product: { ...base, price: { amount: 38500, currency: 'JPY' }, taxInclusive: true }, url: 'u', brand: 'b', artisanName: null })
    expect(yen.offers).toMatchObject({ price: '38500', priceCurrency: 'JPY', priceSpecification: { valueAddedTaxIncluded: true } })
  })
})

describe('serializeJsonLd', () => {
  it('cannot close its script tag', () => {
    const text = serializeJsonLd(articleJsonLd({ headline: '</script><b>', description: null, url: 'u', datePublished: null, image: null, authorName: null, publisher: 'p', inLanguage: 'ja' }))
    expect(text).not.toContain('</script>')
    expect(JSON.parse(text).headline).toBe('</script><b>')
  })
})

describe('alternatesFor', () => {
  it('lists every market of every region, plus x-default', () => {
    const markets = marketsOf([
      { id: 'r1', name: 'Japan', currency: 'JPY', countries: ['jp'] },
      { id: 'r2', name: 'Europe', currency: 'EUR', countries: ['de', 'gb'] },
    ])
    const alternates = alternatesFor({ segment: 'en-de' }, '/products/x', markets)
    expect(alternates.canonical).toBe('/en-de/products/x')
    expect(alternates.languages).toEqual({
      'en-DE': '/en-de/products/x',
      'ja-DE': '/ja-de/products/x',
      'en-GB': '/en-gb/products/x',
      'ja-GB': '/ja-gb/products/x',
      'en-JP': '/en-jp/products/x',
      'ja-JP': '/ja-jp/products/x',
      'x-default': '/en-us/products/x',
    })
  })
})
