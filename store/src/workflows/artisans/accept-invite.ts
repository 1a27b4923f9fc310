import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ARTISAN_UPDATED_EVENT } from "./events"
import { activateArtisanStep } from "./steps/activate-artisan"
import { registerArtisanLoginStep, type ArtisanLogin } from "./steps/register-artisan-login"

/** First sign-in from an invitation (token already checked by the route): sets the password, activates. */
export const acceptArtisanInviteWorkflow = createWorkflow(
  "accept-artisan-invite",
  (input: WorkflowData<ArtisanLogin>) => {
    const authIdentity = registerArtisanLoginStep(input)
    const artisan = activateArtisanStep(input.artisan_id)
    emitEventStep({ eventName: ARTISAN_UPDATED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.artisan_id })) })
    return new WorkflowResponse({ authIdentity, artisan })
  }
)
