import { z } from "@medusajs/framework/zod"

/** Medusa's display_id is a PostgreSQL integer: anything larger is no order's number. */
const MAX_DISPLAY_ID = 2_147_483_647

/**
 * Body of POST /store/order-lookup: the order's email and the short number shown to the shopper.
 * (Medusa's validator words the number's errors itself: "Value for field 'display_id' too small…".)
 */
export const StoreOrderLookup = z.object({
  email: z.string().trim().max(200).pipe(z.email("email: enter a valid email address")),
  display_id: z.number().int().min(1).max(MAX_DISPLAY_ID),
})

export type StoreOrderLookupBody = z.infer<typeof StoreOrderLookup>
