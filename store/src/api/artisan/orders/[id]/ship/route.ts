import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { shipArtisanItemsWorkflow } from "../../../../../workflows/artisans/ship-artisan-items"
import { loadArtisanOrders, toArtisanOrder } from "../../../lib/artisan-orders"
import { artisanLocationId } from "../../../lib/artisan-products"
import { currentArtisan } from "../../../lib/current-artisan"
import { invalid, parseBody } from "../../../lib/validation"

const shipBody = z
  .object({
    carrier: z.string().trim().min(1, "the carrier, e.g. Yamato Transport").max(80, "at most 80 characters"),
    tracking_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{4,40}$/, "4 to 40 letters, digits or hyphens"),
  })
  .strict()

/** POST /artisan/orders/:id/ship — fulfils and ships the artisan's not yet shipped items of the order. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisan = await currentArtisan(req)
  const { rows, productIds } = await loadArtisanOrders(req.scope, artisan.id, req.params.id)
  const row = rows[0]
  if (!row || !toArtisanOrder(row, productIds)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  const body = parseBody(shipBody, req.body, res)
  if (!body) return
  const items = (row.items ?? []).flatMap((item) => {
    const left = item.quantity - (item.detail?.fulfilled_quantity ?? 0)
    return item.product_id && productIds.has(item.product_id) && left > 0 ? [{ id: item.id, quantity: left }] : []
  })
  if (!items.length) return invalid(res, [{ field: "", message: "your items of this order are already shipped" }])
  const locationId = await artisanLocationId(req.scope)
  if (!locationId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The Kanazawa workshop stock location is missing")
  await shipArtisanItemsWorkflow(req.scope).run({
    input: { order_id: row.id, location_id: locationId, artisan_id: artisan.id, items, ...body },
  })
  const { orders } = await loadArtisanOrders(req.scope, artisan.id, row.id)
  res.json({ order: orders[0] })
}
