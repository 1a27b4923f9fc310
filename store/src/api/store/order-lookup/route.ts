import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { MissLimiter } from "../../../lib/miss-limiter"
import { sameEmail } from "../../../lib/same-email"
import type { StoreOrderLookupBody } from "./validators"

/**
 * Order numbers are short and counted up, so they are easy to guess: a few misses per email, then
 * a pause. The count is per typed email, as every request comes from the storefront's address.
 */
const misses = new MissLimiter(10, 15 * 60 * 1000)

/** Stands in for the order's email when the number is unknown, so both misses do the same work. */
const NO_EMAIL = "no-order@invalid"

const orderRow = z.object({ id: z.string(), email: z.string().nullish() })

/**
 * POST /store/order-lookup — a guest finds their order by its email and short number (Medusa's
 * `display_id`, the "#12" shown to shoppers); answers `{ order: { id } }`, nothing more. A wrong email
 * and an unknown number get the same 404, so the route tells no one which numbers exist.
 */
export const POST = async (req: MedusaStoreRequest<StoreOrderLookupBody>, res: MedusaResponse) => {
  const { email, display_id } = req.validatedBody
  const key = email.toLowerCase()
  if (misses.isBlocked(key)) {
    res.setHeader("Retry-After", String(Math.ceil(misses.windowMs / 1000)))
    res.status(429).json({
      type: "too_many_requests",
      message: "Too many order numbers were tried with this email. Please wait 15 minutes and try again.",
    })
    return
  }

  const salesChannels = req.publishable_key_context.sales_channel_ids
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email"],
    filters: {
      // Medusa's generated query types call display_id a string; the column is an integer.
      display_id: String(display_id),
      is_draft_order: false,
      // Only orders of the shop this publishable key sells for.
      ...(salesChannels.length ? { sales_channel_id: salesChannels } : {}),
    },
  })
  const [order] = z.array(orderRow).parse(data)
  const emailMatches = sameEmail(order?.email ?? NO_EMAIL, email)
  if (!order || !emailMatches) {
    misses.recordMiss(key)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order matches this email and order number.")
  }
  res.json({ order: { id: order.id } })
}
