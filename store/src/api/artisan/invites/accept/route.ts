import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { IAuthModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { acceptArtisanInviteWorkflow } from "../../../../workflows/artisans/accept-invite"
import { artisanAuthToken } from "../../lib/artisan-token"
import { artisanForInvite } from "../../lib/invite-token"
import { invalid, parseBody } from "../../lib/validation"

const acceptBody = z
  .object({
    token: z.string().min(10, "the invitation token from the e-mail").max(200),
    password: z.string().min(10, "at least 10 characters").max(128, "at most 128 characters"),
  })
  .strict()

/** POST /artisan/invites/accept — first sign-in: sets the password and answers a signed-in token. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const body = parseBody(acceptBody, req.body, res)
  if (!body) return
  const artisan = await artisanForInvite(req.scope, body.token)
  if (!artisan) {
    return invalid(res, [{ field: "token", message: "this invitation is unknown, used or expired; ask the shop for a new one" }])
  }
  const auth = req.scope.resolve<IAuthModuleService>(Modules.AUTH)
  const [taken] = await auth.listProviderIdentities({ entity_id: artisan.email, provider: "emailpass" })
  if (taken) {
    return invalid(res, [{ field: "token", message: "this e-mail already has a password; use “forgot password” instead" }])
  }
  const { result } = await acceptArtisanInviteWorkflow(req.scope).run({
    input: { artisan_id: artisan.id, email: artisan.email, password: body.password },
  })
  const identity = await auth.retrieveAuthIdentity(result.authIdentity.id, { relations: ["provider_identities"] })
  res.json({ token: artisanAuthToken(req.scope, identity, artisan.id) })
}
