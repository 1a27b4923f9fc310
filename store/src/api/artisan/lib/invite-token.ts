import { timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ARTISAN_MODULE } from "../../../modules/artisan"
import type ArtisanModuleService from "../../../modules/artisan/service"
import { hashInviteSecret } from "../../../workflows/artisans/steps/issue-invite"

/**
 * Finds the artisan an invitation token belongs to. The token is `<artisan id>.<secret>`; the
 * secret's sha256 is compared with the stored hash in constant time. Undefined when the token is
 * unknown, used or expired (the caller answers all three alike).
 */
export async function artisanForInvite(scope: MedusaContainer, token: string) {
  const dot = token.indexOf(".")
  if (dot <= 0) return undefined
  const id = token.slice(0, dot)
  const secret = token.slice(dot + 1)
  const [artisan] = await scope.resolve<ArtisanModuleService>(ARTISAN_MODULE).listArtisans({ id })
  if (!artisan?.invite_token_hash || !artisan.invite_expires_at) return undefined
  const expected = Buffer.from(artisan.invite_token_hash, "hex")
  const given = Buffer.from(hashInviteSecret(secret), "hex")
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  if (new Date(artisan.invite_expires_at).getTime() < Date.now()) return undefined
  if (artisan.status === "suspended") return undefined
  return artisan
}
