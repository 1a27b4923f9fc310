import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalLink } from "../../../lib/portal-links"

export type InviteNotification = { email: string; token: string; name_ja: string; name_en: string }

/** E-mails the invitation through the Notification Module (the local provider writes it to the log). */
export const sendInviteNotificationStep = createStep(
  "send-artisan-invite-notification",
  async (data: InviteNotification, { container }) => {
    const notifications = container.resolve(Modules.NOTIFICATION)
    const [sent] = await notifications.createNotifications([
      {
        to: data.email,
        channel: "email",
        template: "artisan-invite",
        data: {
          token: data.token,
          name_ja: data.name_ja,
          name_en: data.name_en,
          accept_path: "/artisan/invites/accept",
          portal_url: portalLink("/invite", { token: data.token }),
        },
      },
    ])
    return new StepResponse(sent?.id)
  }
)
