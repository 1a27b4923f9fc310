import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { inviteArtisanWorkflow } from "../../../../../workflows/artisans/invite-artisan"
import { artisanService } from "../../../../artisan/lib/current-artisan"

/** POST /admin/artisans/:id/invite — a new invitation (the previous token stops working), e-mailed too. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [artisan] = await artisanService(req).listArtisans({ id: req.params.id })
  if (!artisan) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Artisan not found")
  const { result } = await inviteArtisanWorkflow(req.scope).run({ input: { artisan_id: artisan.id } })
  res.json({ invite: { token: result.token } })
}
