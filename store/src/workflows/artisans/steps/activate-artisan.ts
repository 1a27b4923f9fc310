import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"

/** The invitation is used up: the account becomes active and the token hash is cleared. */
export const activateArtisanStep = createStep("activate-artisan", async (artisanId: string, { container }) => {
  const service = container.resolve<ArtisanModuleService>(ARTISAN_MODULE)
  const before = await service.retrieveArtisan(artisanId)
  const artisan = await service.updateArtisans({
    id: artisanId,
    status: "active",
    invite_token_hash: null,
    invite_expires_at: null,
  })
  return new StepResponse(artisan, {
    id: artisanId,
    status: before.status,
    invite_token_hash: before.invite_token_hash,
    invite_expires_at: before.invite_expires_at,
  })
}, async (previous, { container }) => {
  if (!previous) return
  await container.resolve<ArtisanModuleService>(ARTISAN_MODULE).updateArtisans(previous)
})
