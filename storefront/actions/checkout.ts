'use server'

import { redirect } from 'next/navigation'
import { updateTag } from 'next/cache'
import { z } from 'zod'

import { catalogTag, productTag } from '@/lib/commerce/cache-tags'
import { describeFailure, retrieveRawCart, transferCart, updateCart, updateLine } from '@/lib/commerce/cart'
import {
  addressSchema,
  completeCart,
  giftMetadata,
  giftSchema,
  medusaAddress,
  setShippingMethod,
  startPayment,
  STRIPE_PROVIDER,
  SYSTEM_PROVIDER,
} from '@/lib/commerce/checkout'
import { register } from '@/lib/commerce/customer'
import {
  authHeaders,
  clearCartId,
  currentCart,
  getCustomerToken,
  grantOrder,
  setCustomerToken,
} from '@/lib/commerce/session'
import { resolveMarket, type ResolvedMarket } from '@/lib/market'

export type CheckoutMessage =
  | 'unavailable'
  | 'soldOut'
  | 'invalid'
  | 'emptyCart'
  | 'emailTaken'
  | 'generic'

export type CheckoutState =
  | { status: 'idle' }
  | { status: 'error'; message: CheckoutMessage; fields: Record<string, string> }
  /** Stripe: the browser confirms the card with this secret, then calls completeCheckout. */
  | { status: 'confirm-payment'; clientSecret: string }

const formSchema = z.object({
  market: z.string().regex(/^(ja|en)-[a-z]{2}$/),
  email: z.email('email').trim().max(200),
  shippingOptionId: z.string().regex(/^so_[A-Za-z0-9]+$/, 'shipping'),
  provider: z.enum(['system', 'stripe']).default('system'),
  createAccount: z.boolean().default(false),
  password: z.string().max(200).default(''),
})

function flag(form: FormData, name: string): boolean {
  const value = form.get(name)
  return value === 'on' || value === 'true'
}

function field(form: FormData, name: string): string | undefined {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}

function issuesToFields(issues: z.core.$ZodIssue[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = `${prefix}${String(issue.path[0] ?? '')}`
    if (!fields[key]) fields[key] = issue.message
  }
  return fields
}

function failureState(error: unknown): CheckoutState {
  const failure = describeFailure(error)
  if (failure.kind === 'unavailable') {
    console.error('[checkout] Medusa unreachable or failing:', failure.detail)
    return { status: 'error', message: 'unavailable', fields: {} }
  }
  if (failure.kind === 'sold-out') return { status: 'error', message: 'soldOut', fields: {} }
  if (/already exists/i.test(failure.detail)) return { status: 'error', message: 'emailTaken', fields: {} }
  console.error('[checkout] Store API refused the checkout:', failure.detail)
  return { status: 'error', message: 'generic', fields: {} }
}

/** Shop pages of the pieces just sold show their new stock ("sold") to the next shopper. */
function refreshSoldProducts(handles: string[]) {
  for (const handle of new Set(handles)) if (handle) updateTag(productTag(handle))
  updateTag(catalogTag)
}

async function finish(market: ResolvedMarket, cartId: string, handles: string[]): Promise<CheckoutState> {
  const headers = authHeaders(await getCustomerToken())
  const result = await completeCart(cartId, headers)
  if (result.type === 'cart') {
    const soldOut = /inventory|stock|sold/i.test(result.message)
    if (!soldOut) console.error('[checkout] Medusa did not complete the cart:', result.message)
    return { status: 'error', message: soldOut ? 'soldOut' : 'generic', fields: {} }
  }
  await clearCartId()
  await grantOrder(result.orderId)
  refreshSoldProducts(handles)
  redirect(`/${market.segment}/order/${result.orderId}`)
}

/**
 * Saves the checkout form on the cart (email, address, gift options, delivery), then pays: with
 * the system provider the order is placed at once; with Stripe the browser confirms the card.
 */
export async function placeOrder(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const parsed = formSchema.safeParse({
    market: field(form, 'market'),
    email: field(form, 'email'),
    shippingOptionId: field(form, 'shippingOptionId') ?? '',
    provider: field(form, 'provider') ?? undefined,
    createAccount: flag(form, 'createAccount'),
    password: field(form, 'password') ?? '',
  })
  const address = addressSchema.safeParse({
    firstName: field(form, 'firstName'),
    lastName: field(form, 'lastName'),
    address1: field(form, 'address1'),
    address2: field(form, 'address2') ?? '',
    city: field(form, 'city'),
    province: field(form, 'province') ?? '',
    postalCode: field(form, 'postalCode'),
    countryCode: field(form, 'countryCode'),
    phone: field(form, 'phone') ?? '',
  })
  const gift = giftSchema.safeParse({
    wrapping: field(form, 'wrapping') ?? 'none',
    noshi: flag(form, 'noshi'),
    purpose: field(form, 'purpose') ?? undefined,
    knot: field(form, 'knot') ?? undefined,
    giverName: field(form, 'giverName') ?? '',
    hidePrices: flag(form, 'hidePrices'),
  })
  const fields: Record<string, string> = {
    ...(parsed.success ? {} : issuesToFields(parsed.error.issues)),
    ...(address.success ? {} : issuesToFields(address.error.issues)),
    ...(gift.success ? {} : issuesToFields(gift.error.issues)),
  }
  if (parsed.success && parsed.data.createAccount && parsed.data.password.length < 8) {
    fields.password = 'password'
  }
  if (!parsed.success || !address.success || !gift.success || Object.keys(fields).length > 0) {
    return { status: 'error', message: 'invalid', fields }
  }
  const input = parsed.data

  try {
    const market = await resolveMarket(input.market)
    if (!market) return { status: 'error', message: 'generic', fields: {} }
    if (!market.region.countries.includes(address.data.countryCode)) {
      return { status: 'error', message: 'invalid', fields: { countryCode: 'country' } }
    }
    const cart = await currentCart(market, false)
    if (!cart || (cart.items ?? []).length === 0) {
      return { status: 'error', message: 'emptyCart', fields: {} }
    }

    // A retry after a failure later in this action finds the account already made and signed in.
    if (input.createAccount && !(await getCustomerToken())) {
      const token = await register({
        email: input.email,
        password: input.password,
        firstName: address.data.firstName,
        lastName: address.data.lastName,
      })
      await setCustomerToken(token)
      await transferCart(cart.id, authHeaders(token))
    }
    const headers = authHeaders(await getCustomerToken())

    const medusaAddressBody = medusaAddress(address.data)
    await updateCart(
      cart.id,
      { email: input.email, shipping_address: medusaAddressBody, billing_address: medusaAddressBody },
      headers,
    )
    for (const item of cart.items ?? []) {
      const wanted = gift.data.wrapping !== 'none' || item.metadata?.gift !== undefined
      if (!wanted) continue
      await updateLine(
        cart.id,
        item.id,
        { quantity: item.quantity, metadata: { ...(item.metadata ?? {}), ...giftMetadata(gift.data) } },
        headers,
      )
    }
    await setShippingMethod(cart.id, input.shippingOptionId, headers)

    const fresh = await retrieveRawCart(cart.id, headers)
    if (!fresh) return { status: 'error', message: 'emptyCart', fields: {} }
    const handles = (fresh.items ?? []).map((item) => item.product_handle ?? '')

    if (input.provider === 'stripe') {
      const { clientSecret } = await startPayment(fresh, STRIPE_PROVIDER, headers)
      if (!clientSecret) return { status: 'error', message: 'generic', fields: {} }
      return { status: 'confirm-payment', clientSecret }
    }
    await startPayment(fresh, SYSTEM_PROVIDER, headers)
    return await finish(market, cart.id, handles)
  } catch (error) {
    if (isRedirect(error)) throw error
    return failureState(error)
  }
}

/** After Stripe confirmed the card in the browser: places the order. */
export async function completeCheckout(marketSegment: string): Promise<CheckoutState> {
  try {
    const market = await resolveMarket(z.string().regex(/^(ja|en)-[a-z]{2}$/).parse(marketSegment))
    if (!market) return { status: 'error', message: 'generic', fields: {} }
    const cart = await currentCart(market, false)
    if (!cart) return { status: 'error', message: 'emptyCart', fields: {} }
    return await finish(
      market,
      cart.id,
      (cart.items ?? []).map((item) => item.product_handle ?? ''),
    )
  } catch (error) {
    if (isRedirect(error)) throw error
    return failureState(error)
  }
}

function isRedirect(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'digest' in error &&
    typeof (error as { digest: unknown }).digest === 'string' &&
    (error as { digest: string }).digest.startsWith('NEXT_REDIRECT')
  )
}
