import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadArtisanOrders } from "../lib/artisan-orders"
import { currentArtisan } from "../lib/current-artisan"

/** GET /artisan/orders — orders holding the artisan's products, with only their items. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisan = await currentArtisan(req)
  const { orders } = await loadArtisanOrders(req.scope, artisan.id)
  res.json({ orders })
}
