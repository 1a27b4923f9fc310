import { createHash, randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"

/** An invitation stays valid for 14 days. */
export const INVITE_TTL_MS = 14 * 24 * 60 * 60 * 1000

export const hashInviteSecret = (secret: string) => createHash("sha256").update(secret).digest("hex")

/**
 * The token is `<artisan id>.<secret>`: the id finds the record, the secret is compared by its
 * sha256 in constant time. Only the hash is stored, so a database leak reveals no usable token.
 */
export const issueInviteStep = createStep("issue-artisan-invite", async (artisanId: string, { container }) => {
  const service = container.resolve<ArtisanModuleService>(ARTISAN_MODULE)
  const before = await service.retrieveArtisan(artisanId)
  const secret = randomBytes(32).toString("base64url")
  await service.updateArtisans({
    id: artisanId,
    invite_token_hash: hashInviteSecret(secret),
    invite_expires_at: new Date(Date.now() + INVITE_TTL_MS),
  })
  return new StepResponse(
    { token: `${artisanId}.${secret}`, email: before.email, name_ja: before.name_ja, name_en: before.name_en },
    { id: artisanId, invite_token_hash: before.invite_token_hash, invite_expires_at: before.invite_expires_at }
  )
}, async (previous, { container }) => {
  if (!previous) return
  await container.resolve<ArtisanModuleService>(ARTISAN_MODULE).updateArtisans(previous)
})
