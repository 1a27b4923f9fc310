'use server'

import { z } from 'zod'

import { describeFailure, removeLine, updateLine } from '@/lib/commerce/cart'
import { addLine } from '@/lib/commerce/cart'
import { authHeaders, currentCart, getCustomerToken } from '@/lib/commerce/session'
import { resolveMarket } from '@/lib/market'

/** What the add-to-cart button shows after a try. `message` is a key of the shopper texts. */
export type CartActionState =
  | { status: 'idle' }
  | { status: 'added'; count: number }
  | { status: 'error'; message: 'unavailable' | 'soldOut' | 'generic' }

const addSchema = z.object({
  market: z.string().regex(/^(ja|en)-[a-z]{2}$/),
  variantId: z.string().regex(/^variant_[A-Za-z0-9]+$/),
  quantity: z.coerce.number().int().min(1).max(20).default(1),
})

function failureMessage(error: unknown): 'unavailable' | 'soldOut' | 'generic' {
  const failure = describeFailure(error)
  if (failure.kind === 'unavailable') return 'unavailable'
  if (failure.kind === 'sold-out') return 'soldOut'
  console.error('[cart] Store API refused a cart change:', failure.detail)
  return 'generic'
}

/** Adds a variant to the shopper's cart (created on the first add). */
export async function addToCart(_previous: CartActionState, form: FormData): Promise<CartActionState> {
  const parsed = addSchema.safeParse({
    market: form.get('market'),
    variantId: form.get('variantId'),
    quantity: form.get('quantity') ?? undefined,
  })
  if (!parsed.success) return { status: 'error', message: 'generic' }
  try {
    const market = await resolveMarket(parsed.data.market)
    if (!market) return { status: 'error', message: 'generic' }
    const cart = await currentCart(market, true)
    if (!cart) return { status: 'error', message: 'generic' }
    const headers = authHeaders(await getCustomerToken())
    const updated = await addLine(cart.id, parsed.data.variantId, parsed.data.quantity, headers)
    const count = (updated.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
    return { status: 'added', count }
  } catch (error) {
    return { status: 'error', message: failureMessage(error) }
  }
}

const lineSchema = z.object({
  market: z.string().regex(/^(ja|en)-[a-z]{2}$/),
  lineId: z.string().regex(/^[A-Za-z0-9_]+$/),
  quantity: z.coerce.number().int().min(0).max(20),
})

export type LineActionResult = { ok: true } | { ok: false; message: 'unavailable' | 'soldOut' | 'generic' }

/** Changes a line's quantity; 0 removes it. */
export async function changeLineQuantity(form: FormData): Promise<LineActionResult> {
  const parsed = lineSchema.safeParse({
    market: form.get('market'),
    lineId: form.get('lineId'),
    quantity: form.get('quantity'),
  })
  if (!parsed.success) return { ok: false, message: 'generic' }
  try {
    const market = await resolveMarket(parsed.data.market)
    if (!market) return { ok: false, message: 'generic' }
    const cart = await currentCart(market, false)
    if (!cart) return { ok: true }
    const line = cart.items?.find((item) => item.id === parsed.data.lineId)
    if (!line) return { ok: true }
    const headers = authHeaders(await getCustomerToken())
    if (parsed.data.quantity === 0) await removeLine(cart.id, line.id, headers)
    else await updateLine(cart.id, line.id, { quantity: parsed.data.quantity }, headers)
    return { ok: true }
  } catch (error) {
    return { ok: false, message: failureMessage(error) }
  }
}
