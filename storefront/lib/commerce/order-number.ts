/**
 * The order number a shopper is shown and types back: Medusa's short `display_id` ("#12"). Numbers
 * shown before it (the order id without its `order_` prefix) are still understood.
 */

export type TypedOrderNumber = { displayId: number } | { id: string }

const ORDER_ID = /^order_[A-Za-z0-9]{10,60}$/
/** Medusa's display_id is a PostgreSQL integer. */
const MAX_DISPLAY_ID = 2_147_483_647

/** How an order's number is written for the shopper: "#12". */
export function formatOrderNumber(displayId: number): string {
  return `#${displayId}`
}

/** The id from an order number of the old, long kind (with or without `order_`), or null. */
export function orderIdFromNumber(input: string): string | null {
  const cleaned = input.trim().replace(/^#/, '')
  const id = cleaned.toLowerCase().startsWith('order_') ? `order_${cleaned.slice(6)}` : `order_${cleaned}`
  const normalised = `order_${id.slice(6).toUpperCase()}`
  return ORDER_ID.test(normalised) ? normalised : null
}

/**
 * Reads what a shopper typed as the order number: "#12", "12", "No. 12", full-width "＃１２" → the
 * short number; an old long number → the order id; anything else → null (no request is made).
 */
export function parseOrderNumber(input: string): TypedOrderNumber | null {
  const text = input.normalize('NFKC').trim()
  const short = /^(?:no\.?\s*)?#?\s*0*([1-9][0-9]{0,9})$/i.exec(text)
  if (short) {
    const displayId = Number(short[1])
    return displayId <= MAX_DISPLAY_ID ? { displayId } : null
  }
  const id = orderIdFromNumber(text)
  return id ? { id } : null
}
