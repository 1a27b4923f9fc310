import { describe, expect, it } from '@jest/globals'

import { sitemapEntriesFor } from './sitemap-entries'

describe('sitemapEntriesFor', () => {
  it('lists a page in Japanese and English, each naming the other and x-default', () => {
    const entries = sitemapEntriesFor('https://shop.example', '/products/kutani-gosai-plate', { priority: 0.8 })
    expect(entries.map((entry) => entry.url)).toEqual([
      'https://shop.example/ja-jp/products/kutani-gosai-plate',
      'https://shop.example/en-us/products/kutani-gosai-plate',
    ])
    expect(entries[0]?.alternates?.languages).toEqual({
      'ja-JP': 'https://shop.example/ja-jp/products/kutani-gosai-plate',
      'en-US': 'https://shop.example/en-us/products/kutani-gosai-plate',
      'x-default': 'https://shop.example/en-us/products/kutani-gosai-plate',
    })
  })
})
