import type { HttpTypes } from '@medusajs/types'
import { cookies } from 'next/headers'

import { env } from '@/lib/env'

import { createCart, ensureCartRegion, retrieveRawCart } from './cart'
import { oneAtATime } from './one-at-a-time'
import type { Region } from './types'

/**
 * The shopper's own state: the cart id and the customer's auth token, each in an httpOnly,
 * SameSite=Lax cookie. Read only in server actions, route handlers and dynamic holes — never while
 * rendering a cached shop page.
 */
const CART_COOKIE = 'ginza_cart'
const CUSTOMER_COOKIE = 'ginza_customer'
/** Orders this browser may show: placed here, or proven by email + order number. */
const ORDERS_COOKIE = 'ginza_orders'

const DAY = 60 * 60 * 24
const secure = env.siteUrl.startsWith('https://')

function options(maxAge: number) {
  return { httpOnly: true, sameSite: 'lax' as const, secure, path: '/', maxAge }
}

const ID = /^[A-Za-z0-9_]{1,80}$/

export async function getCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return value && ID.test(value) ? value : null
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, options(30 * DAY))
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function getCustomerToken(): Promise<string | null> {
  const value = (await cookies()).get(CUSTOMER_COOKIE)?.value
  return value && value.length < 4096 ? value : null
}

export async function setCustomerToken(token: string): Promise<void> {
  ;(await cookies()).set(CUSTOMER_COOKIE, token, options(7 * DAY))
}

export async function clearCustomerToken(): Promise<void> {
  ;(await cookies()).delete(CUSTOMER_COOKIE)
}

export async function grantedOrderIds(): Promise<string[]> {
  const value = (await cookies()).get(ORDERS_COOKIE)?.value ?? ''
  return value.split('.').filter((id) => ID.test(id))
}

/** Lets this browser show an order again (the last few only). */
export async function grantOrder(id: string): Promise<void> {
  const ids = [id, ...(await grantedOrderIds()).filter((known) => known !== id)].slice(0, 10)
  ;(await cookies()).set(ORDERS_COOKIE, ids.join('.'), options(90 * DAY))
}

/** Headers of a Store API call made for the signed-in customer. */
export function authHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {}
}

/**
 * The shopper's open cart in the market's region (moved there, and so repriced, when the shopper
 * switched market), created on demand. Null when there is none and `create` is false.
 */
export async function currentCart(
  market: { region: Pick<Region, 'id' | 'countries'>; country: string },
  create: boolean,
): Promise<HttpTypes.StoreCart | null> {
  const headers = authHeaders(await getCustomerToken())
  const id = await getCartId()
  const existing = id
    ? await oneAtATime(id, async () => {
        const cart = await retrieveRawCart(id, headers)
        return cart ? ensureCartRegion(cart, market.region, market.country, headers) : null
      })
    : null
  if (existing || !create) return existing
  const cart = await createCart(market.region, market.country, headers)
  await setCartId(cart.id)
  return cart
}
