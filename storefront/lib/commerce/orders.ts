import type { HttpTypes } from '@medusajs/types'
import { z } from 'zod'

import type { Locale } from '@/i18n/markets'
import { type Money, toMinorUnits } from '@/i18n/money'

import { type GiftOptions } from './cart'
import { medusa } from './client'
import { formatOrderNumber, parseOrderNumber } from './order-number'

/**
 * Orders over the Store API. `GET /store/orders/:id` answers anyone who knows the id, so the
 * storefront decides who may see one: the browser that placed it, its signed-in customer, or a
 * guest who gives the order's email with its number (lookupGuestOrder). The id stays out of sight
 * of guessing: pages address an order by id, never by its short number.
 */

export type OrderLine = {
  id: string
  title: string
  quantity: number
  total: Money | null
  gift: GiftOptions | null
}

export type Order = {
  id: string
  /** What the shopper keeps and types back to find the order: "#12" (Medusa's display_id). */
  number: string
  displayId: number | null
  email: string
  customerId: string | null
  createdAt: string
  currency: string
  lines: OrderLine[]
  subtotal: Money | null
  shippingTotal: Money | null
  taxTotal: Money | null
  total: Money | null
  shippingAddress: {
    name: string
    lines: string[]
    countryCode: string
  } | null
  shippingMethod: string | null
  fulfillmentStatus: string
}

const ORDER_FIELDS =
  '*items,*items.product,*shipping_address,*shipping_methods,+email,+customer_id,+display_id,+created_at,+item_subtotal,+item_total,+shipping_total,+tax_total,+total,+fulfillment_status'

const ORDER_ID = /^order_[A-Za-z0-9]{10,60}$/

function money(amount: number | null | undefined, currency: string): Money | null {
  if (typeof amount !== 'number') return null
  const minor = toMinorUnits(amount, currency)
  return minor === null ? null : { amount: minor, currency }
}

function giftOf(metadata: Record<string, unknown> | null | undefined): GiftOptions | null {
  const gift = metadata?.gift
  if (!gift || typeof gift !== 'object') return null
  const raw = gift as GiftOptions
  return raw.wrapping ? raw : null
}

/** Address lines in the country's order: Japan from the postal code down, elsewhere street first. */
export function addressLines(address: {
  postal_code?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
  country_code?: string | null
}): string[] {
  const part = (value: string | null | undefined) => value?.trim() ?? ''
  if (part(address.country_code).toLowerCase() === 'jp') {
    return [
      part(address.postal_code) ? `〒${part(address.postal_code)}` : '',
      `${part(address.province)}${part(address.city)}${part(address.address_1)}`,
      part(address.address_2),
    ].filter(Boolean)
  }
  const region = [part(address.province), part(address.postal_code)].filter(Boolean).join(' ')
  return [
    part(address.address_1),
    part(address.address_2),
    [part(address.city), region].filter(Boolean).join(', '),
  ].filter(Boolean)
}

export function reshapeOrder(order: HttpTypes.StoreOrder, locale: Locale): Order {
  const currency = order.currency_code.toUpperCase()
  const address = order.shipping_address
  const name =
    locale === 'ja'
      ? `${address?.last_name ?? ''} ${address?.first_name ?? ''}`
      : `${address?.first_name ?? ''} ${address?.last_name ?? ''}`
  const displayId = typeof order.display_id === 'number' ? order.display_id : null
  return {
    id: order.id,
    // Medusa numbers every order; the long form is only a fallback that still finds it.
    number: displayId === null ? order.id.replace(/^order_/, '') : formatOrderNumber(displayId),
    displayId,
    email: order.email ?? '',
    customerId: order.customer_id ?? null,
    createdAt: String(order.created_at ?? ''),
    currency,
    lines: (order.items ?? []).map((item) => {
      const ja = item.product?.metadata?.title_ja
      return {
        id: item.id,
        title: locale === 'ja' && typeof ja === 'string' ? ja : (item.product_title ?? item.title),
        quantity: item.quantity,
        total: money(item.total, currency),
        gift: giftOf(item.metadata),
      }
    }),
    subtotal: money(order.item_total ?? order.item_subtotal, currency),
    shippingTotal: money(order.shipping_total, currency),
    taxTotal: money(order.tax_total, currency),
    total: money(order.total, currency),
    shippingAddress: address
      ? {
          name: name.trim(),
          lines: addressLines(address),
          countryCode: (address.country_code ?? '').toLowerCase(),
        }
      : null,
    shippingMethod: order.shipping_methods?.[0]?.name ?? null,
    fulfillmentStatus: order.fulfillment_status ?? 'not_fulfilled',
  }
}

/** One order by id, or null if Medusa has none. */
export async function retrieveOrder(id: string, locale: Locale): Promise<Order | null> {
  if (!ORDER_ID.test(id)) return null
  try {
    const { order } = await medusa().store.order.retrieve(id, { fields: ORDER_FIELDS })
    return reshapeOrder(order, locale)
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 404 || status === 400) return null
    throw error
  }
}

export type GuestLookup = { status: 'found'; order: Order } | { status: 'not-found' } | { status: 'too-many' }

const lookupAnswer = z.object({ order: z.object({ id: z.string().regex(ORDER_ID) }) })

/**
 * The id of the order with this short number and email (POST /store/order-lookup, ours): the Store
 * API cannot search orders by number, and this answers no more than the id, and only to the email.
 */
async function findGuestOrderId(email: string, displayId: number): Promise<string | 'not-found' | 'too-many'> {
  try {
    const answer = await medusa().client.fetch<unknown>('/store/order-lookup', {
      method: 'POST',
      body: { email, display_id: displayId },
    })
    return lookupAnswer.parse(answer).order.id
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 429) return 'too-many'
    // 400: Medusa read the email differently from our form; to the shopper that is still no order.
    if (status === 404 || status === 400) return 'not-found'
    throw error
  }
}

/** A guest's order by email + order number ("#12", or an old long number), the email case-insensitive. */
export async function lookupGuestOrder(email: string, number: string, locale: Locale): Promise<GuestLookup> {
  const typed = parseOrderNumber(number)
  if (!typed) return { status: 'not-found' }
  let id: string
  if ('id' in typed) {
    id = typed.id
  } else {
    const found = await findGuestOrderId(email, typed.displayId)
    if (found === 'not-found' || found === 'too-many') return { status: found }
    id = found
  }
  const order = await retrieveOrder(id, locale)
  if (!order || order.email.trim().toLowerCase() !== email.trim().toLowerCase()) return { status: 'not-found' }
  return { status: 'found', order }
}

/** The signed-in customer's orders, newest first. */
export async function listCustomerOrders(token: string, locale: Locale): Promise<Order[]> {
  const { orders } = await medusa().store.order.list(
    { fields: ORDER_FIELDS, order: '-created_at', limit: 50 } as HttpTypes.StoreOrderFilters,
    { authorization: `Bearer ${token}` },
  )
  return orders.map((order) => reshapeOrder(order, locale))
}
