import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseLineItemGift } from "../../../lib/gift-options"

type Metadata = Record<string, unknown>

const isObject = (value: unknown): value is Metadata =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** The metadata of every line a request body writes: a new cart's `items`, and/or the body's own line. */
function lineMetadata(body: unknown, itemsOnly: boolean): Metadata[] {
  if (!isObject(body)) return []
  const found: Metadata[] = []
  if (!itemsOnly && isObject(body.metadata)) found.push(body.metadata)
  if (Array.isArray(body.items)) {
    for (const item of body.items) if (isObject(item) && isObject(item.metadata)) found.push(item.metadata)
  }
  return found
}

/**
 * Checks `metadata.gift` on every line the request writes (see src/lib/gift-options.ts): a 400
 * naming each problem, before Medusa stores anything. The parsed options (giver's name trimmed)
 * replace what was sent.
 */
export function validateGiftOptions(options: { itemsOnly: boolean }) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    // Medusa's own body validation may or may not have run yet: check (and normalise) both copies.
    const bodies: unknown[] = [req.body, (req as MedusaRequest & { validatedBody?: unknown }).validatedBody]
    for (const body of bodies) {
      for (const metadata of lineMetadata(body, options.itemsOnly)) {
        const result = parseLineItemGift(metadata)
        if (!result.ok) {
          res.status(400).json({ type: "invalid_data", message: result.message })
          return
        }
        if (result.gift !== undefined) metadata.gift = result.gift
      }
    }
    next()
  }
}
