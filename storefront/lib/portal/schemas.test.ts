import { describe, expect, it } from '@jest/globals'

import { orderListResponseSchema, productResponseSchema } from './schemas'

describe('Artisan API responses', () => {
  it('parses a product with nullable fields as the contract describes it', () => {
    const parsed = productResponseSchema.parse({
      product: {
        id: 'prod_01',
        handle: 'ohi-amber-tea-bowl',
        status: 'draft',
        title_en: 'Ohi Amber-Glaze Tea Bowl',
        title_ja: null,
        description_en: null,
        description_ja: '手捏ね',
        thumbnail: null,
        images: [{ id: 'img_1', url: 'http://localhost:9000/static/a.webp' }],
        prices: [{ currency_code: 'jpy', amount: '132000' }],
        stock: 1,
        sold_out: false,
        one_of_a_kind: true,
        made_to_order: false,
        lead_time_days: null,
        care_key: null,
        variant_id: 'variant_01',
      },
    })
    expect(parsed.product.title_ja).toBe('')
    expect(parsed.product.care_key).toBeNull()
  })

  it('refuses a price that is not a decimal string (never a float)', () => {
    const result = productResponseSchema.safeParse({
      product: { prices: [{ currency_code: 'usd', amount: 120.5 }] },
    })
    expect(result.success).toBe(false)
  })

  it('parses orders with their items and shipping state', () => {
    const parsed = orderListResponseSchema.parse({
      orders: [
        {
          id: 'order_01',
          display_id: 12,
          created_at: '2026-11-25T10:00:00.000Z',
          email: 'shopper@example.com',
          items: [{ id: 'item_1', title: 'Plate', quantity: 1, thumbnail: null, product_id: 'prod_01' }],
          shipped: false,
          carrier: null,
          tracking_number: null,
        },
      ],
    })
    expect(parsed.orders[0]?.display_id).toBe('12')
  })
})
