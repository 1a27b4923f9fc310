import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import type { ArtisanStatus } from "../../../modules/artisan/models/artisan"

export type NewArtisan = {
  handle: string
  name_ja: string
  name_en: string
  email: string
  workshop?: string | null
  status?: ArtisanStatus
}

export const createArtisanStep = createStep("create-artisan", async (data: NewArtisan, { container }) => {
  const service = container.resolve<ArtisanModuleService>(ARTISAN_MODULE)
  const artisan = await service.createArtisans({ ...data, email: data.email.toLowerCase() })
  return new StepResponse(artisan, artisan.id)
}, async (id, { container }) => {
  if (!id) return
  await container.resolve<ArtisanModuleService>(ARTISAN_MODULE).deleteArtisans(id)
})
