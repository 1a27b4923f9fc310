import type { AuthIdentityDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"

/** A bearer token for an artisan, shaped like the one `POST /auth/artisan/emailpass` issues. */
export function artisanAuthToken(scope: MedusaContainer, authIdentity: AuthIdentityDTO, artisanId: string): string {
  const { http } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const provider = authIdentity.provider_identities?.find((p) => p.provider === "emailpass")
  return generateJwtToken(
    {
      actor_id: artisanId,
      actor_type: "artisan",
      auth_identity_id: authIdentity.id,
      auth_provider: "emailpass",
      mfa_enabled: false,
      mfa_challenge_completed_at: null,
      app_metadata: { ...(authIdentity.app_metadata ?? {}), artisan_id: artisanId },
      user_metadata: provider?.user_metadata ?? {},
    },
    { secret: http.jwtSecret!, expiresIn: http.jwtExpiresIn, jwtOptions: http.jwtOptions }
  )
}
