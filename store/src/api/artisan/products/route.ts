import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadArtisanProducts } from "../lib/artisan-products"
import { currentArtisan } from "../lib/current-artisan"

/** GET /artisan/products — the signed-in artisan's own products (drafts included). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisan = await currentArtisan(req)
  res.json({ products: await loadArtisanProducts(req.scope, artisan.id) })
}
