import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { currentArtisan } from "../lib/current-artisan"

/** GET /artisan/me — the signed-in artisan's account. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ artisan: await currentArtisan(req) })
}
