import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadArtisanOrders } from "../../lib/artisan-orders"
import { currentArtisan } from "../../lib/current-artisan"

/** GET /artisan/orders/:id — one order (their items only); an order without their products is 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisan = await currentArtisan(req)
  const { orders } = await loadArtisanOrders(req.scope, artisan.id, req.params.id)
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found")
  res.json({ order: orders[0] })
}
