import { isCareKey } from './care-keys'
import { formatDecimalForInput, parseCentsDecimal, parseWholeNumber } from './numbers'
import type { ApiFieldError, ArtisanProduct, ProductUpdate } from './schemas'

/**
 * The edit form of a product: its fields, their validation (messages are codes, written out in the
 * artisan's language by i18n/portal), and the partial update sent to the Artisan API — only what
 * changed, so a stock level moved by a sale meanwhile is not overwritten by a title edit.
 */

export const productFormFields = [
  'title_ja',
  'title_en',
  'description_ja',
  'description_en',
  'price_jpy',
  'price_usd',
  'price_eur',
  'stock',
  'lead_time_days',
  'care_key',
  'status',
] as const
export type ProductFormField = (typeof productFormFields)[number]
export type ProductFormValues = Record<ProductFormField, string>

export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'yen'
  | 'decimal'
  | 'stock'
  | 'oneOfAKindStock'
  | 'leadTime'
  | 'careKey'
  | 'status'

/** Our own check (a code), or the API's message for a field it refused. */
export type FieldError = { code: ValidationCode } | { code: 'server'; message: string }
export type FieldErrors = Partial<Record<ProductFormField | 'form' | 'photos', FieldError>>

const TITLE_MAX = 200
const DESCRIPTION_MAX = 5000
const STOCK_MAX = 9999
const LEAD_TIME_MAX = 365
const YEN_MAX = 99_999_999

/** The form's starting values, from the product as the API returns it. */
export function productFormValues(product: ArtisanProduct): ProductFormValues {
  const price = (currency: 'jpy' | 'usd' | 'eur') => {
    const amount = product.prices.find((p) => p.currency_code === currency)?.amount
    return amount ? formatDecimalForInput(amount, currency === 'jpy' ? 0 : 2) : ''
  }
  return {
    title_ja: product.title_ja,
    title_en: product.title_en,
    description_ja: product.description_ja,
    description_en: product.description_en,
    price_jpy: price('jpy'),
    price_usd: price('usd'),
    price_eur: price('eur'),
    stock: String(product.stock),
    lead_time_days: product.lead_time_days === null ? '' : String(product.lead_time_days),
    care_key: product.care_key ?? '',
    status: product.status,
  }
}

/** Reads the form's fields as strings (a missing field is empty). */
export function readProductForm(form: FormData): ProductFormValues {
  const entries = productFormFields.map((field) => {
    const value = form.get(field)
    return [field, typeof value === 'string' ? value : ''] as const
  })
  return Object.fromEntries(entries) as ProductFormValues
}

export type ProductFormResult =
  | { ok: true; update: ProductUpdate }
  | { ok: false; errors: FieldErrors }

export function validateProductForm(
  values: ProductFormValues,
  product: ArtisanProduct,
): ProductFormResult {
  const errors: FieldErrors = {}
  const update: ProductUpdate = {}

  const text = (field: 'title_ja' | 'title_en' | 'description_ja' | 'description_en') => {
    const value = values[field].replace(/\r\n/g, '\n').trim()
    const required = field === 'title_ja' || field === 'title_en'
    const max = required ? TITLE_MAX : DESCRIPTION_MAX
    if (required && value.length === 0) errors[field] = { code: 'required' }
    else if (value.length > max) errors[field] = { code: 'tooLong' }
    else if (value !== product[field]) update[field] = value
  }
  text('title_ja')
  text('title_en')
  text('description_ja')
  text('description_en')

  const yen = values.price_jpy.trim() === '' ? null : parseWholeNumber(values.price_jpy)
  if (values.price_jpy.trim() === '') errors.price_jpy = { code: 'required' }
  else if (yen === null || yen < 1 || yen > YEN_MAX) errors.price_jpy = { code: 'yen' }
  const foreign = (field: 'price_usd' | 'price_eur'): string | null | undefined => {
    if (values[field].trim() === '') return null
    const amount = parseCentsDecimal(values[field])
    if (amount === null || amount === '0.00') {
      errors[field] = { code: 'decimal' }
      return undefined
    }
    return amount
  }
  const usd = foreign('price_usd')
  const eur = foreign('price_eur')
  if (yen !== null && usd !== undefined && eur !== undefined) {
    const current = productFormValues(product)
    const changed =
      String(yen) !== current.price_jpy ||
      (usd ?? '') !== current.price_usd ||
      (eur ?? '') !== current.price_eur
    if (changed) update.prices = { jpy: String(yen), usd, eur }
  }

  const stock = parseWholeNumber(values.stock)
  if (values.stock.trim() === '') errors.stock = { code: 'required' }
  else if (stock === null || stock > STOCK_MAX) errors.stock = { code: 'stock' }
  else if (product.one_of_a_kind && stock > 1) errors.stock = { code: 'oneOfAKindStock' }
  else if (stock !== product.stock) update.stock = stock

  if (product.made_to_order) {
    const days = parseWholeNumber(values.lead_time_days)
    if (values.lead_time_days.trim() === '') errors.lead_time_days = { code: 'required' }
    else if (days === null || days < 1 || days > LEAD_TIME_MAX) {
      errors.lead_time_days = { code: 'leadTime' }
    } else if (days !== product.lead_time_days) update.lead_time_days = days
  }

  if (values.care_key === '' && product.care_key === null) {
    // Not set yet and left unset.
  } else if (!isCareKey(values.care_key)) errors.care_key = { code: 'careKey' }
  else if (values.care_key !== product.care_key) update.care_key = values.care_key

  if (values.status !== 'published' && values.status !== 'draft') errors.status = { code: 'status' }
  else if (values.status !== product.status) update.status = values.status

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, update }
}

/** The API names fields as its body does (`prices.usd`, `stock`); the form names them its way. */
export function mapApiFieldErrors(apiErrors: ApiFieldError[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const { field, message } of apiErrors) {
    const key = formFieldForApiField(field)
    if (!errors[key]) errors[key] = { code: 'server', message }
  }
  return errors
}

function formFieldForApiField(field: string): ProductFormField | 'form' | 'photos' {
  const path = field.replace(/\[(\d+)\]/g, '.$1')
  if (path === 'prices' || path === 'prices.jpy') return 'price_jpy'
  if (path === 'prices.usd') return 'price_usd'
  if (path === 'prices.eur') return 'price_eur'
  if (path.startsWith('image_urls')) return 'photos'
  const head = path.split('.')[0] ?? ''
  return (productFormFields as readonly string[]).includes(head) ? (head as ProductFormField) : 'form'
}
