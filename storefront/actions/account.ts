'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'

import { describeFailure, transferCart } from '@/lib/commerce/cart'
import { addressSchema } from '@/lib/commerce/checkout'
import { addAddress, deleteAddress, login, register } from '@/lib/commerce/customer'
import {
  authHeaders,
  clearCustomerToken,
  getCartId,
  getCustomerToken,
  setCustomerToken,
} from '@/lib/commerce/session'

export type AccountMessage = 'unavailable' | 'invalid' | 'credentials' | 'emailTaken' | 'generic'

export type AccountState =
  | { status: 'idle' }
  | { status: 'error'; message: AccountMessage; fields: Record<string, string> }
  | { status: 'saved' }

const marketSchema = z.string().regex(/^(ja|en)-[a-z]{2}$/)

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

function fieldsOf(issues: z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '')
    if (!fields[key]) fields[key] = issue.message
  }
  return fields
}

function failure(error: unknown, whenRefused: AccountMessage): AccountState {
  const described = describeFailure(error)
  if (described.kind === 'unavailable') {
    console.error('[account] Medusa unreachable or failing:', described.detail)
    return { status: 'error', message: 'unavailable', fields: {} }
  }
  if (/already exists/i.test(described.detail)) {
    return { status: 'error', message: 'emailTaken', fields: {} }
  }
  return { status: 'error', message: whenRefused, fields: {} }
}

/** A guest cart joins the customer who just signed in, so it follows them to checkout. */
async function adoptCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await transferCart(cartId, authHeaders(token))
  } catch (error) {
    // The cart may be gone or already theirs; signing in still succeeded.
    console.warn('[account] could not hand the cart to the customer:', describeFailure(error).detail)
  }
}

const loginSchema = z.object({
  market: marketSchema,
  email: z.email('email').trim().max(200),
  password: z.string().min(1, 'password').max(200),
})

export async function signIn(_previous: AccountState, form: FormData): Promise<AccountState> {
  const parsed = loginSchema.safeParse({
    market: text(form, 'market'),
    email: text(form, 'email'),
    password: text(form, 'password'),
  })
  if (!parsed.success) return { status: 'error', message: 'invalid', fields: fieldsOf(parsed.error.issues) }
  try {
    const token = await login(parsed.data.email, parsed.data.password)
    await setCustomerToken(token)
    await adoptCart(token)
  } catch (error) {
    return failure(error, 'credentials')
  }
  redirect(`/${parsed.data.market}/account`)
}

const registerSchema = z.object({
  market: marketSchema,
  email: z.email('email').trim().max(200),
  password: z.string().min(8, 'password').max(200),
  firstName: z.string().trim().min(1, 'first-name').max(80),
  lastName: z.string().trim().min(1, 'last-name').max(80),
})

export async function signUp(_previous: AccountState, form: FormData): Promise<AccountState> {
  const parsed = registerSchema.safeParse({
    market: text(form, 'market'),
    email: text(form, 'email'),
    password: text(form, 'password'),
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
  })
  if (!parsed.success) return { status: 'error', message: 'invalid', fields: fieldsOf(parsed.error.issues) }
  try {
    const token = await register(parsed.data)
    await setCustomerToken(token)
    await adoptCart(token)
  } catch (error) {
    return failure(error, 'generic')
  }
  redirect(`/${parsed.data.market}/account`)
}

export async function signOut(form: FormData): Promise<void> {
  await clearCustomerToken()
  const market = marketSchema.safeParse(text(form, 'market'))
  redirect(`/${market.success ? market.data : 'ja-jp'}/account`)
}

export async function saveAddress(_previous: AccountState, form: FormData): Promise<AccountState> {
  const token = await getCustomerToken()
  if (!token) return { status: 'error', message: 'credentials', fields: {} }
  const parsed = addressSchema.safeParse({
    firstName: text(form, 'firstName'),
    lastName: text(form, 'lastName'),
    address1: text(form, 'address1'),
    address2: text(form, 'address2'),
    city: text(form, 'city'),
    province: text(form, 'province'),
    postalCode: text(form, 'postalCode'),
    countryCode: text(form, 'countryCode'),
    phone: text(form, 'phone'),
  })
  if (!parsed.success) return { status: 'error', message: 'invalid', fields: fieldsOf(parsed.error.issues) }
  const a = parsed.data
  try {
    await addAddress(token, {
      first_name: a.firstName,
      last_name: a.lastName,
      address_1: a.address1,
      address_2: a.address2 || undefined,
      city: a.city,
      province: a.province || undefined,
      postal_code: a.postalCode,
      country_code: a.countryCode,
      phone: a.phone || undefined,
    })
    return { status: 'saved' }
  } catch (error) {
    return failure(error, 'generic')
  }
}

export async function removeAddress(form: FormData): Promise<void> {
  const token = await getCustomerToken()
  const id = z.string().regex(/^[A-Za-z0-9_]+$/).safeParse(text(form, 'addressId'))
  if (!token || !id.success) return
  try {
    await deleteAddress(token, id.data)
  } catch (error) {
    console.error('[account] could not delete an address:', describeFailure(error).detail)
  }
}
