import { describe, expect, it } from '@jest/globals'

import { mapApiFieldErrors, productFormValues, validateProductForm } from './product-form'
import { type ArtisanProduct, artisanProductSchema } from './schemas'

const product: ArtisanProduct = artisanProductSchema.parse({
  id: 'prod_01TEST0000',
  handle: 'kutani-sake-cups-pair',
  status: 'published',
  title_en: 'Kutani Sake Cups, Pair',
  title_ja: '九谷焼 ぐい呑 一対',
  description_en: 'Two cups.',
  description_ja: '二つの盃。',
  thumbnail: null,
  images: [],
  prices: [
    { currency_code: 'jpy', amount: '18000' },
    { currency_code: 'usd', amount: '120.00' },
  ],
  stock: 1,
  sold_out: false,
  one_of_a_kind: false,
  made_to_order: false,
  lead_time_days: null,
  care_key: 'porcelain-overglaze',
  variant_id: 'variant_01TEST',
})

describe('the product edit form', () => {
  it('starts from the product as the API returns it', () => {
    expect(productFormValues(product)).toMatchObject({
      price_jpy: '18000',
      price_usd: '120.00',
      price_eur: '',
      stock: '1',
      status: 'published',
    })
  })

  it('sends only what changed: stock 1 → 3 and the English title', () => {
    const values = { ...productFormValues(product), stock: '3', title_en: '  Sake Cups for Two ' }
    expect(validateProductForm(values, product)).toEqual({
      ok: true,
      update: { stock: 3, title_en: 'Sake Cups for Two' },
    })
  })

  it('reads yen as typed on a phone (full-width digits, commas) and sends all prices together', () => {
    const values = { ...productFormValues(product), price_jpy: '２０，０００', price_eur: '110.5' }
    expect(validateProductForm(values, product)).toEqual({
      ok: true,
      update: { prices: { jpy: '20000', usd: '120.00', eur: '110.50' } },
    })
  })

  it('removes an optional price left empty', () => {
    const values = { ...productFormValues(product), price_usd: '' }
    expect(validateProductForm(values, product)).toEqual({
      ok: true,
      update: { prices: { jpy: '18000', usd: null, eur: null } },
    })
  })

  it('refuses the whole form when one field is wrong, naming each field', () => {
    const values = {
      ...productFormValues(product),
      title_en: 'Changed',
      title_ja: ' ',
      price_jpy: '18000.5',
      price_usd: '12.345',
      stock: '-1',
      care_key: 'dishwasher',
      status: 'archived',
    }
    const result = validateProductForm(values, product)
    expect(result).toEqual({
      ok: false,
      errors: {
        title_ja: { code: 'required' },
        price_jpy: { code: 'yen' },
        price_usd: { code: 'decimal' },
        stock: { code: 'stock' },
        care_key: { code: 'careKey' },
        status: { code: 'status' },
      },
    })
  })

  it('keeps a one-of-a-kind piece at 0 or 1', () => {
    const single = { ...product, one_of_a_kind: true }
    const result = validateProductForm({ ...productFormValues(single), stock: '2' }, single)
    expect(result).toEqual({ ok: false, errors: { stock: { code: 'oneOfAKindStock' } } })
  })

  it('asks a made-to-order piece for its lead time in days', () => {
    const made = { ...product, made_to_order: true, lead_time_days: 30 }
    expect(validateProductForm({ ...productFormValues(made), lead_time_days: '' }, made)).toEqual({
      ok: false,
      errors: { lead_time_days: { code: 'required' } },
    })
    expect(validateProductForm({ ...productFormValues(made), lead_time_days: '400' }, made)).toEqual({
      ok: false,
      errors: { lead_time_days: { code: 'leadTime' } },
    })
    expect(validateProductForm({ ...productFormValues(made), lead_time_days: '45' }, made)).toEqual({
      ok: true,
      update: { lead_time_days: 45 },
    })
  })

  it("puts the API's field errors next to the form's fields", () => {
    expect(
      mapApiFieldErrors([
        { field: 'prices.usd', message: 'must be a decimal' },
        { field: 'stock', message: 'must be at least 0' },
        { field: 'image_urls.2', message: 'not an uploaded file' },
        { field: 'something_else', message: 'odd' },
      ]),
    ).toEqual({
      price_usd: { code: 'server', message: 'must be a decimal' },
      stock: { code: 'server', message: 'must be at least 0' },
      photos: { code: 'server', message: 'not an uploaded file' },
      form: { code: 'server', message: 'odd' },
    })
  })
})
