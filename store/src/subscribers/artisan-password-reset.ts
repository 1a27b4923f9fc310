import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { portalLink } from "../lib/portal-links"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/**
 * `POST /auth/artisan/emailpass/reset-password` → Medusa emits `auth.password_reset` with a reset
 * token; artisans get it by e-mail through the Notification Module (the local provider logs it).
 * The token then authorises `POST /auth/artisan/emailpass/update`.
 */
export default async function artisanPasswordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  if (event.data.actor_type !== "artisan") return
  await container.resolve(Modules.NOTIFICATION).createNotifications([
    {
      to: event.data.entity_id,
      channel: "email",
      template: "artisan-password-reset",
      data: {
        token: event.data.token,
        email: event.data.entity_id,
        update_path: "/auth/artisan/emailpass/update",
        portal_url: portalLink("/reset-password", { token: event.data.token, email: event.data.entity_id }),
      },
    },
  ])
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
