/**
 * The mark-shipped form: a known carrier and a tracking number as carriers print them. The carrier
 * is sent by its own name (as on its slips), which is what the shopper's order then shows.
 */
export const CARRIER_NAMES = {
  yamato: 'Yamato Transport',
  sagawa: 'Sagawa Express',
  'japan-post': 'Japan Post',
  ems: 'EMS',
  dhl: 'DHL',
  fedex: 'FedEx',
} as const
export type Carrier = keyof typeof CARRIER_NAMES
export const CARRIERS = Object.keys(CARRIER_NAMES) as Carrier[]

export type ShipmentCheck =
  | { ok: true; shipment: { carrier: string; tracking_number: string } }
  | { ok: false; errors: ('carrier' | 'tracking_number')[] }

export function validateShipment(values: { carrier: string; tracking_number: string }): ShipmentCheck {
  const errors: ('carrier' | 'tracking_number')[] = []
  const carrier = CARRIERS.find((c) => c === values.carrier)
  if (!carrier) errors.push('carrier')
  // Full-width digits and spaces/hyphens as typed from a slip: 1234-5678-9012 → 123456789012.
  const tracking = values.tracking_number.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase()
  if (!/^[A-Z0-9]{6,40}$/.test(tracking)) errors.push('tracking_number')
  if (!carrier || errors.length > 0) return { ok: false, errors }
  return { ok: true, shipment: { carrier: CARRIER_NAMES[carrier], tracking_number: tracking } }
}
