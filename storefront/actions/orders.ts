'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'

import { describeFailure } from '@/lib/commerce/cart'
import { parseOrderNumber } from '@/lib/commerce/order-number'
import { lookupGuestOrder } from '@/lib/commerce/orders'
import { grantOrder } from '@/lib/commerce/session'

export type LookupState =
  | { status: 'idle' }
  | {
      status: 'error'
      message: 'unavailable' | 'notFound' | 'invalid' | 'tooManyLookups'
      fields: Record<string, string>
      /** What was typed, shown again (React resets a form after its action). */
      values: { email: string; number: string }
    }

const schema = z.object({
  market: z.string().regex(/^(ja|en)-[a-z]{2}$/),
  email: z.email('email').trim().max(200),
  number: z
    .string()
    .trim()
    .min(1, 'number')
    .max(80, 'number')
    .refine((typed) => parseOrderNumber(typed) !== null, 'number'),
})

/**
 * A guest finds their order by email + order number ("#12"). Wrong email and wrong number get the
 * same answer, so the form cannot be used to learn which orders exist; the browser is then allowed
 * to show that order (a cookie) and goes to its page, addressed by the order's unguessable id.
 */
export async function lookupOrder(_previous: LookupState, form: FormData): Promise<LookupState> {
  const typed = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value.slice(0, 200) : ''
  }
  const values = { email: typed('email'), number: typed('number') }
  const parsed = schema.safeParse({
    market: form.get('market'),
    email: form.get('email'),
    number: form.get('number'),
  })
  if (!parsed.success) {
    const fields: Record<string, string> = {}
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] = issue.message
    return { status: 'error', message: 'invalid', fields, values }
  }
  const { market, email, number } = parsed.data
  let orderId: string
  try {
    const lookup = await lookupGuestOrder(email, number, market.startsWith('ja') ? 'ja' : 'en')
    if (lookup.status === 'too-many') return { status: 'error', message: 'tooManyLookups', fields: {}, values }
    if (lookup.status === 'not-found') return { status: 'error', message: 'notFound', fields: {}, values }
    orderId = lookup.order.id
  } catch (error) {
    const failure = describeFailure(error)
    if (failure.kind === 'unavailable') {
      console.error('[order lookup] Medusa unreachable or failing:', failure.detail)
      return { status: 'error', message: 'unavailable', fields: {}, values }
    }
    console.error('[order lookup] Store API refused the lookup:', failure.detail)
    return { status: 'error', message: 'notFound', fields: {}, values }
  }
  await grantOrder(orderId)
  redirect(`/${market}/order/${orderId}`)
}
