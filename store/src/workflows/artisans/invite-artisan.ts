import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueInviteStep } from "./steps/issue-invite"
import { sendInviteNotificationStep } from "./steps/send-invite-notification"

/** A fresh invitation (the previous token stops working) and its e-mail. */
export const inviteArtisanWorkflow = createWorkflow("invite-artisan", (input: WorkflowData<{ artisan_id: string }>) => {
  const issued = issueInviteStep(input.artisan_id)
  sendInviteNotificationStep(issued)
  return new WorkflowResponse(transform({ issued }, ({ issued }) => ({ token: issued.token })))
})
