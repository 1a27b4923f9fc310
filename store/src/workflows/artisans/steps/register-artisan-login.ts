import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ArtisanLogin = { artisan_id: string; email: string; password: string }

/**
 * An e-mail + password login (Medusa's emailpass provider) whose identity carries `artisan_id`,
 * so `/auth/artisan/emailpass` issues tokens for this artisan.
 */
export const registerArtisanLoginStep = createStep("register-artisan-login", async (data: ArtisanLogin, { container }) => {
  const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email: data.email, password: data.password },
  } as Parameters<IAuthModuleService["register"]>[1])
  if (!success || !authIdentity) {
    throw new MedusaError(
      MedusaError.Types.DUPLICATE_ERROR,
      error ?? "A login with this e-mail already exists; use the password reset instead"
    )
  }
  const [updated] = await auth.updateAuthIdentities([
    { id: authIdentity.id, app_metadata: { ...(authIdentity.app_metadata ?? {}), artisan_id: data.artisan_id } },
  ])
  return new StepResponse(updated ?? authIdentity, authIdentity.id)
}, async (authIdentityId, { container }) => {
  if (!authIdentityId) return
  await container.resolve<IAuthModuleService>(Modules.AUTH).deleteAuthIdentities([authIdentityId])
})
