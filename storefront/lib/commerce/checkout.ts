import type { HttpTypes } from '@medusajs/types'
import { z } from 'zod'

import { type Money, toMinorUnits } from '@/i18n/money'

import { medusa } from './client'

/**
 * Checkout over the Store API: shipping options, the payment session and completing the cart.
 * The schemas below validate what the checkout form sends before anything reaches Medusa.
 */

type Headers = Record<string, string>

export type ShippingOption = {
  id: string
  name: string
  description: string | null
  price: Money | null
}

export const SYSTEM_PROVIDER = 'pp_system_default'

/** Stripe's publishable key for the Payment Element; unset → the shop offers the system provider only. */
export function stripePublishableKey(): string | null {
  const parsed = z
    .string()
    .trim()
    .regex(/^pk_(test|live)_/)
    .safeParse(process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY)
  return parsed.success ? parsed.data : null
}
export const STRIPE_PROVIDER = 'pp_stripe_stripe'

function reshapeOption(option: HttpTypes.StoreCartShippingOption, currency: string): ShippingOption {
  const amount = option.calculated_price?.calculated_amount ?? option.amount
  const minor = typeof amount === 'number' ? toMinorUnits(amount, currency) : null
  const type = (option as { type?: { label?: string; description?: string } }).type
  return {
    id: option.id,
    name: type?.label ?? option.name,
    description: type?.description ?? null,
    price: minor === null ? null : { amount: minor, currency },
  }
}

export async function listShippingOptions(cartId: string, currency: string): Promise<ShippingOption[]> {
  const { shipping_options } = await medusa().store.fulfillment.listCartOptions({ cart_id: cartId })
  // Options flagged for insufficient inventory stay listed: choosing one then fails with a clear
  // "sold out", which tells the shopper more than an empty list would.
  return shipping_options.map((option) => reshapeOption(option, currency))
}

export async function setShippingMethod(cartId: string, optionId: string, headers: Headers = {}): Promise<void> {
  await medusa().store.cart.addShippingMethod(cartId, { option_id: optionId }, undefined, headers)
}

export async function listPaymentProviders(regionId: string): Promise<string[]> {
  const { payment_providers } = await medusa().store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.map((provider) => provider.id)
}

/** Starts a payment session; Stripe's carries the client secret the Payment Element needs. */
export async function startPayment(
  cart: HttpTypes.StoreCart,
  providerId: string,
  headers: Headers = {},
): Promise<{ clientSecret: string | null }> {
  const { payment_collection } = await medusa().store.payment.initiatePaymentSession(
    cart,
    { provider_id: providerId },
    undefined,
    headers,
  )
  const session = payment_collection.payment_sessions?.find((s) => s.provider_id === providerId)
  const secret = session?.data?.client_secret
  return { clientSecret: typeof secret === 'string' ? secret : null }
}

export type CompleteResult =
  | { type: 'order'; orderId: string }
  | { type: 'cart'; message: string }

export async function completeCart(cartId: string, headers: Headers = {}): Promise<CompleteResult> {
  const result = await medusa().store.cart.complete(cartId, undefined, headers)
  if (result.type === 'order') return { type: 'order', orderId: result.order.id }
  return { type: 'cart', message: result.error?.message ?? 'The order could not be placed.' }
}

// ---- what the checkout form sends ----

const trimmed = (max: number) => z.string().trim().max(max)
const required = (max: number, message: string) => z.string().trim().min(1, message).max(max)

const JP_POSTAL = /^\d{3}-?\d{4}$/
const US_ZIP = /^\d{5}(-\d{4})?$/
const GB_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i
const EU_POSTAL = /^[A-Z0-9][A-Z0-9 -]{2,9}$/i

export const addressSchema = z
  .object({
    firstName: required(80, 'first-name'),
    lastName: required(80, 'last-name'),
    address1: required(160, 'address1'),
    address2: trimmed(160).default(''),
    city: required(80, 'city'),
    province: trimmed(80).default(''),
    postalCode: required(16, 'postal-code'),
    countryCode: z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, 'country'),
    phone: trimmed(32).default(''),
  })
  .superRefine((address, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (address.countryCode === 'jp') {
      if (!JP_POSTAL.test(address.postalCode)) issue('postalCode', 'postal-code')
      if (!address.province) issue('province', 'province')
    } else if (address.countryCode === 'us') {
      if (!US_ZIP.test(address.postalCode)) issue('postalCode', 'postal-code')
      if (!/^[A-Z]{2}$/.test(address.province)) issue('province', 'province')
    } else if (address.countryCode === 'gb') {
      if (!GB_POSTCODE.test(address.postalCode)) issue('postalCode', 'postal-code')
    } else if (!EU_POSTAL.test(address.postalCode)) {
      issue('postalCode', 'postal-code')
    }
  })

export type AddressInput = z.infer<typeof addressSchema>

export const giftSchema = z
  .object({
    wrapping: z.enum(['none', 'standard', 'furoshiki']).default('none'),
    noshi: z.boolean().default(false),
    purpose: z.enum(['celebration', 'wedding', 'condolence', 'thanks', 'seasonal']).default('celebration'),
    knot: z.enum(['chouchou', 'musubikiri', 'awaji']).default('chouchou'),
    // The store prints at most 30 characters on the noshi paper (store/src/lib/gift-options.ts).
    giverName: z.string().trim().max(30, 'giver-name-length').default(''),
    hidePrices: z.boolean().default(false),
  })
  .superRefine((gift, ctx) => {
    if (gift.noshi && !gift.giverName) {
      ctx.addIssue({ code: 'custom', path: ['giverName'], message: 'giver-name' })
    }
    // A wedding or a condolence should never repeat: a bow (chouchou) that can be retied is a faux pas.
    if (gift.noshi && (gift.purpose === 'wedding' || gift.purpose === 'condolence') && gift.knot === 'chouchou') {
      ctx.addIssue({ code: 'custom', path: ['knot'], message: 'noshi-knot' })
    }
    if (gift.noshi && gift.wrapping === 'none') {
      ctx.addIssue({ code: 'custom', path: ['wrapping'], message: 'noshi-needs-wrapping' })
    }
  })

export type GiftInput = z.infer<typeof giftSchema>

/** The line item metadata the store validates: `{ gift: { wrapping, noshi?, hide_prices } }`. */
export function giftMetadata(gift: GiftInput): Record<string, unknown> {
  return {
    gift: {
      wrapping: gift.wrapping,
      hide_prices: gift.hidePrices,
      ...(gift.noshi
        ? { noshi: { purpose: gift.purpose, knot: gift.knot, giver_name: gift.giverName } }
        : {}),
    },
  }
}

/** Medusa's address body from ours. */
export function medusaAddress(address: AddressInput): HttpTypes.StoreAddAddress {
  return {
    first_name: address.firstName,
    last_name: address.lastName,
    address_1: address.address1,
    address_2: address.address2 || undefined,
    city: address.city,
    province: address.province || undefined,
    postal_code: address.postalCode,
    country_code: address.countryCode,
    phone: address.phone || undefined,
  }
}
