import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ARTISAN_UPDATED_EVENT } from "./events"
import { createArtisanStep, type NewArtisan } from "./steps/create-artisan"
import { issueInviteStep } from "./steps/issue-invite"
import { sendInviteNotificationStep } from "./steps/send-invite-notification"

export type CreateArtisanInput = NewArtisan & { invite: boolean }

/** Staff (or the seed) create an artisan; with `invite` an invitation token is issued and e-mailed. */
export const createArtisanWorkflow = createWorkflow("create-artisan", (input: WorkflowData<CreateArtisanInput>) => {
  const data = transform({ input }, ({ input }) => {
    const { invite: _invite, ...artisan } = input
    return artisan
  })
  const artisan = createArtisanStep(data)
  const invite = when("create-artisan-invite", input, (i) => i.invite).then(() => {
    const issued = issueInviteStep(artisan.id)
    sendInviteNotificationStep(issued)
    return issued
  })
  const ids = transform({ artisan }, ({ artisan }) => ({ id: artisan.id }))
  emitEventStep({ eventName: ARTISAN_UPDATED_EVENT, data: ids })
  const result = transform({ artisan, invite }, ({ artisan, invite }) => ({
    artisan,
    invite: invite ? { token: invite.token } : null,
  }))
  return new WorkflowResponse(result)
})
