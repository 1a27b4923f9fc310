import { portalRequest } from './client'
import { MEDUSA_ID } from './paths'
import { orderListResponseSchema, orderResponseSchema } from './schemas'

/** Orders holding the artisan's products, with only their items. */

export function listArtisanOrders(token: string) {
  return portalRequest('/artisan/orders', orderListResponseSchema, { token })
}

export async function retrieveArtisanOrder(token: string, id: string) {
  if (!MEDUSA_ID.test(id)) return null
  const result = await portalRequest(`/artisan/orders/${id}`, orderResponseSchema, { token })
  if (!result.ok && result.status === 404) return null
  return result
}

export function shipArtisanOrder(
  token: string,
  id: string,
  shipment: { carrier: string; tracking_number: string },
) {
  return portalRequest(`/artisan/orders/${encodeURIComponent(id)}/ship`, orderResponseSchema, {
    token,
    method: 'POST',
    body: shipment,
  })
}
