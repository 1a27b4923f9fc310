import type { HttpTypes } from '@medusajs/types'

import { medusa } from './client'

/**
 * Customer accounts over Medusa's auth (`/auth/customer/emailpass`) and the Store API. The token
 * is kept by the caller in an httpOnly cookie (lib/commerce/session.ts), never in the SDK.
 */

export type CustomerAddress = {
  id: string
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

export type Customer = {
  id: string
  email: string
  firstName: string
  lastName: string
  addresses: CustomerAddress[]
}

function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` }
}

function reshapeAddress(address: HttpTypes.StoreCustomerAddress): CustomerAddress {
  return {
    id: address.id,
    firstName: address.first_name ?? '',
    lastName: address.last_name ?? '',
    address1: address.address_1 ?? '',
    address2: address.address_2 ?? '',
    city: address.city ?? '',
    province: address.province ?? '',
    postalCode: address.postal_code ?? '',
    countryCode: (address.country_code ?? '').toLowerCase(),
    phone: address.phone ?? '',
  }
}

function reshapeCustomer(customer: HttpTypes.StoreCustomer): Customer {
  return {
    id: customer.id,
    email: customer.email,
    firstName: customer.first_name ?? '',
    lastName: customer.last_name ?? '',
    addresses: (customer.addresses ?? []).map(reshapeAddress),
  }
}

function tokenOf(result: unknown): string {
  if (typeof result === 'string') return result
  throw new Error('Medusa asked for another authentication step, which this shop does not use.')
}

/** Signs in; returns the customer's token. Wrong email or password: a 401 FetchError. */
export async function login(email: string, password: string): Promise<string> {
  return tokenOf(await medusa().auth.login('customer', 'emailpass', { email, password }))
}

/** Creates the login and the customer, then signs in. An email already registered: a 4xx. */
export async function register(input: {
  email: string
  password: string
  firstName: string
  lastName: string
}): Promise<string> {
  const registration = tokenOf(
    await medusa().auth.register('customer', 'emailpass', {
      email: input.email,
      password: input.password,
    }),
  )
  await medusa().store.customer.create(
    { email: input.email, first_name: input.firstName, last_name: input.lastName },
    undefined,
    bearer(registration),
  )
  return login(input.email, input.password)
}

/** The signed-in customer, or null when the token has expired or is not valid. */
export async function retrieveCustomer(token: string): Promise<Customer | null> {
  try {
    const { customer } = await medusa().store.customer.retrieve(
      { fields: '*addresses' },
      bearer(token),
    )
    return reshapeCustomer(customer)
  } catch (error) {
    const status = (error as { status?: unknown }).status
    if (status === 401 || status === 403) return null
    throw error
  }
}

export async function addAddress(
  token: string,
  address: HttpTypes.StoreCreateCustomerAddress,
): Promise<void> {
  await medusa().store.customer.createAddress(address, undefined, bearer(token))
}

export async function deleteAddress(token: string, addressId: string): Promise<void> {
  await medusa().store.customer.deleteAddress(addressId, bearer(token))
}
