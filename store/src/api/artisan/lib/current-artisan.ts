import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"

export type PublicArtisan = {
  id: string
  handle: string
  name_ja: string
  name_en: string
  email: string
  workshop: string | null
  status: "active" | "invited" | "suspended"
}

type ArtisanRecord = PublicArtisan & { invite_token_hash?: string | null }

export const artisanService = (req: { scope: AuthenticatedMedusaRequest["scope"] }) =>
  req.scope.resolve<ArtisanModuleService>(ARTISAN_MODULE)

/** What the API shows of an account (never the invitation hash). */
export function publicArtisan(record: ArtisanRecord): PublicArtisan {
  const { id, handle, name_ja, name_en, email, workshop, status } = record
  return { id, handle, name_ja, name_en, email, workshop: workshop ?? null, status }
}

/** The artisan behind the bearer token; a deleted or suspended account is treated as signed out (401). */
export async function currentArtisan(req: AuthenticatedMedusaRequest): Promise<PublicArtisan> {
  const id = req.auth_context?.actor_id
  if (!id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as an artisan")
  const [artisan] = await artisanService(req).listArtisans({ id })
  if (!artisan || artisan.status === "suspended") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This artisan account is not active")
  }
  return publicArtisan(artisan as ArtisanRecord)
}
