import type { HttpTypes } from '@medusajs/types'

import type { Locale } from '@/i18n/markets'
import { type Money, toMinorUnits } from '@/i18n/money'

import { medusa } from './client'
import type { Region } from './types'

/**
 * The shopper's cart over the Store API. Never cached: a cart belongs to one shopper. These
 * functions are called from server actions, route handlers and dynamic holes only.
 */

export type GiftWrapping = 'none' | 'standard' | 'furoshiki'
export type NoshiPurpose = 'celebration' | 'wedding' | 'condolence' | 'thanks' | 'seasonal'
export type NoshiKnot = 'chouchou' | 'musubikiri' | 'awaji'
export type GiftOptions = {
  wrapping: GiftWrapping
  noshi?: { purpose: NoshiPurpose; knot: NoshiKnot; giver_name: string }
  hide_prices: boolean
}

export type CartLine = {
  id: string
  variantId: string
  productHandle: string
  title: string
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: Money | null
  total: Money | null
  gift: GiftOptions | null
}

export type CartAddress = {
  firstName: string
  lastName: string
  address1: string
  address2: string
  city: string
  province: string
  postalCode: string
  countryCode: string
  phone: string
}

export type Cart = {
  id: string
  regionId: string
  currency: string
  email: string | null
  customerId: string | null
  lines: CartLine[]
  itemCount: number
  subtotal: Money | null
  shippingTotal: Money | null
  taxTotal: Money | null
  total: Money | null
  shippingAddress: CartAddress | null
  shippingOptionId: string | null
  completed: boolean
}

/** What went wrong with a commerce call, in terms the shopper's message is chosen from. */
export type CommerceFailure =
  | 'unavailable'
  | 'sold-out'
  | 'invalid'
  | 'not-found'
  | 'unauthorized'
  | 'conflict'

export type FailureInfo = { kind: CommerceFailure; detail: string }

function statusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error) {
    const status = (error as { status: unknown }).status
    return typeof status === 'number' ? status : undefined
  }
  return undefined
}

/** Sorts a failed Store API call: Medusa down, sold out, bad input, not found, not signed in. */
export function describeFailure(error: unknown): FailureInfo {
  const detail = error instanceof Error ? error.message : String(error)
  const status = statusOf(error)
  if (status === undefined || status >= 500) return { kind: 'unavailable', detail }
  if (/inventory|sold out|sold-out|out of stock|stock/i.test(detail)) return { kind: 'sold-out', detail }
  if (status === 401 || status === 403) return { kind: 'unauthorized', detail }
  if (status === 404) return { kind: 'not-found', detail }
  if (status === 409) return { kind: 'conflict', detail }
  return { kind: 'invalid', detail }
}

const CART_FIELDS =
  '*items,*items.product,*items.variant,*shipping_methods,*shipping_address,+item_subtotal,+item_total,+shipping_total,+tax_total,+total,+subtotal,+completed_at,+customer_id,+email,+region_id,+currency_code'

function money(amount: number | null | undefined, currency: string): Money | null {
  if (typeof amount !== 'number') return null
  const minor = toMinorUnits(amount, currency)
  return minor === null ? null : { amount: minor, currency }
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function readGift(metadata: Record<string, unknown> | null | undefined): GiftOptions | null {
  const gift = metadata?.gift
  if (!gift || typeof gift !== 'object') return null
  const raw = gift as Record<string, unknown>
  const wrapping = raw.wrapping
  if (wrapping !== 'none' && wrapping !== 'standard' && wrapping !== 'furoshiki') return null
  const noshi = raw.noshi as Record<string, unknown> | undefined
  return {
    wrapping,
    hide_prices: raw.hide_prices === true,
    ...(noshi && typeof noshi === 'object'
      ? {
          noshi: {
            purpose: String(noshi.purpose) as NoshiPurpose,
            knot: String(noshi.knot) as NoshiKnot,
            giver_name: String(noshi.giver_name ?? ''),
          },
        }
      : {}),
  }
}

function lineTitle(item: HttpTypes.StoreCartLineItem, locale: Locale): string {
  const english = item.product_title ?? item.title ?? ''
  if (locale === 'ja') return text(item.product?.metadata?.title_ja) ?? english
  return english
}

function reshapeAddress(address: HttpTypes.StoreCartAddress | null | undefined): CartAddress | null {
  if (!address?.country_code) return null
  return {
    firstName: address.first_name ?? '',
    lastName: address.last_name ?? '',
    address1: address.address_1 ?? '',
    address2: address.address_2 ?? '',
    city: address.city ?? '',
    province: address.province ?? '',
    postalCode: address.postal_code ?? '',
    countryCode: address.country_code.toLowerCase(),
    phone: address.phone ?? '',
  }
}

export function reshapeCart(cart: HttpTypes.StoreCart, locale: Locale): Cart {
  const currency = cart.currency_code.toUpperCase()
  const lines = (cart.items ?? [])
    .slice()
    .sort((a, b) => String(a.created_at ?? '').localeCompare(String(b.created_at ?? '')))
    .map((item) => ({
      id: item.id,
      variantId: item.variant_id ?? '',
      productHandle: item.product_handle ?? item.product?.handle ?? '',
      title: lineTitle(item, locale),
      variantTitle: text(item.variant_title) === 'Default' ? null : text(item.variant_title),
      thumbnail: item.thumbnail ?? null,
      quantity: item.quantity,
      unitPrice: money(item.unit_price, currency),
      total: money(item.total, currency),
      gift: readGift(item.metadata),
    }))
  return {
    id: cart.id,
    regionId: cart.region_id ?? '',
    currency,
    email: cart.email ?? null,
    customerId: cart.customer_id ?? null,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    // Lines as the shopper saw them priced (tax included where the region shows prices with tax).
    subtotal: money(cart.item_total ?? cart.item_subtotal, currency),
    shippingTotal: money(cart.shipping_total, currency),
    taxTotal: money(cart.tax_total, currency),
    total: money(cart.total, currency),
    shippingAddress: reshapeAddress(cart.shipping_address),
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
    completed: Boolean(cart.completed_at),
  }
}

type Headers = Record<string, string>

/** The cart, or null when it is gone or already turned into an order. */
export async function retrieveRawCart(id: string, headers: Headers = {}): Promise<HttpTypes.StoreCart | null> {
  try {
    const { cart } = await medusa().store.cart.retrieve(id, { fields: CART_FIELDS }, headers)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (statusOf(error) === 404) return null
    throw error
  }
}

export async function createCart(
  region: Pick<Region, 'id'>,
  country: string,
  headers: Headers = {},
): Promise<HttpTypes.StoreCart> {
  const { cart } = await medusa().store.cart.create(
    { region_id: region.id, shipping_address: { country_code: country } },
    { fields: CART_FIELDS },
    headers,
  )
  return cart
}

/**
 * Moves the cart to the market's region when the shopper switched market: Medusa then prices
 * every line again in that region's currency.
 */
export async function ensureCartRegion(
  cart: HttpTypes.StoreCart,
  region: Pick<Region, 'id' | 'countries'>,
  country: string,
  headers: Headers = {},
): Promise<HttpTypes.StoreCart> {
  const addressCountry = cart.shipping_address?.country_code?.toLowerCase()
  const countryFits = addressCountry !== undefined && region.countries.includes(addressCountry)
  if (cart.region_id === region.id && countryFits) return cart
  const { cart: updated } = await medusa().store.cart.update(
    cart.id,
    {
      region_id: region.id,
      ...(countryFits ? {} : { shipping_address: { country_code: country } }),
    },
    { fields: CART_FIELDS },
    headers,
  )
  return updated
}

export async function addLine(
  cartId: string,
  variantId: string,
  quantity: number,
  headers: Headers = {},
): Promise<HttpTypes.StoreCart> {
  const { cart } = await medusa().store.cart.createLineItem(
    cartId,
    { variant_id: variantId, quantity },
    { fields: CART_FIELDS },
    headers,
  )
  return cart
}

export async function updateLine(
  cartId: string,
  lineId: string,
  update: { quantity: number; metadata?: Record<string, unknown> },
  headers: Headers = {},
): Promise<HttpTypes.StoreCart> {
  const { cart } = await medusa().store.cart.updateLineItem(
    cartId,
    lineId,
    update,
    { fields: CART_FIELDS },
    headers,
  )
  return cart
}

export async function removeLine(cartId: string, lineId: string, headers: Headers = {}): Promise<void> {
  await medusa().store.cart.deleteLineItem(cartId, lineId, undefined, headers)
}

export async function updateCart(
  cartId: string,
  body: HttpTypes.StoreUpdateCart,
  headers: Headers = {},
): Promise<HttpTypes.StoreCart> {
  const { cart } = await medusa().store.cart.update(cartId, body, { fields: CART_FIELDS }, headers)
  return cart
}

/** Hands a guest cart to the signed-in customer (after login or registration). */
export async function transferCart(cartId: string, headers: Headers): Promise<void> {
  await medusa().store.cart.transferCart(cartId, undefined, headers)
}
