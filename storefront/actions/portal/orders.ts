'use server'

import { redirect } from 'next/navigation'

import { requireArtisan } from '@/lib/portal/current-artisan'
import type { FormState } from '@/lib/portal/form-state'
import { formMarket, formString } from '@/lib/portal/market'
import { validateShipment } from '@/lib/portal/shipment'
import { shipArtisanOrder } from '@/lib/portal/orders'
import { portalPath } from '@/lib/portal/paths'

/** Marks the artisan's items of an order shipped, with the carrier and tracking number. */
export async function markShippedAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { market, dictionary } = formMarket(form)
  const { token } = await requireArtisan(market.segment)
  const id = formString(form, 'id')
  const values = { carrier: formString(form, 'carrier'), tracking_number: formString(form, 'tracking_number') }
  const checked = validateShipment(values)
  if (!checked.ok) {
    const errors: Record<string, string> = {}
    if (checked.errors.includes('carrier')) errors.carrier = dictionary.order.carrierRequired
    if (checked.errors.includes('tracking_number')) errors.tracking_number = dictionary.order.trackingInvalid
    return { status: 'error', errors, values }
  }
  const result = await shipArtisanOrder(token, id, checked.shipment)
  if (!result.ok) {
    if (result.status === 401) redirect(portalPath(market.segment, '/sign-in'))
    if (result.status === 404) return { status: 'error', message: dictionary.order.notFound, errors: {}, values }
    const errors: Record<string, string> = {}
    for (const error of result.errors) {
      if (error.field === 'carrier' || error.field === 'tracking_number') {
        errors[error.field] = dictionary.errors.serverField(error.message)
      }
    }
    const message =
      result.status === 400 ? dictionary.errors.serverField(result.message) : dictionary.errors.unexpected
    return { status: 'error', message, errors, values }
  }
  redirect(portalPath(market.segment, `/orders/${encodeURIComponent(id)}`))
}
