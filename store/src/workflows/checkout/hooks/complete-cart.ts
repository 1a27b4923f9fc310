import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import type { HeldLocks } from "../../../lib/locking/item-locks"
import { holdStockForCart, releaseStockForCart, releaseStockForCartId } from "../stock/hold-stock-for-cart"

/**
 * Our handlers on Medusa's completeCartWorkflow (it runs for POST /store/carts/:id/complete and
 * for payment webhooks that complete a cart). Medusa allows one handler per hook in the whole
 * app: every check before an order is placed goes in this file.
 */

// validate: runs after the cart's own lock is taken and before the order is created.
completeCartWorkflow.hooks.validate(
  async ({ input }, { container }) => {
    const held = await holdStockForCart(container, input.id)
    return new StepResponse<undefined, HeldLocks>(undefined, held)
  },
  async (held, { container }) => {
    // The completion failed after the check (payment refused, ...): let the next shopper in.
    if (held) await releaseStockForCart(container, held)
  }
)

type CartHookInput = { input: { id: string } }
type HookRegistrar = (
  invoke: (data: CartHookInput, context: { container: Parameters<typeof releaseStockForCartId>[0] }) => Promise<void>
) => void

// beforePaymentAuthorization runs right after the reservation is written. Medusa creates this hook
// but leaves it out of the workflow's typed hooks (`@ignore`), hence the narrow cast.
const hooks = completeCartWorkflow.hooks as unknown as { beforePaymentAuthorization: HookRegistrar }
hooks.beforePaymentAuthorization(async ({ input }, { container }) => {
  await releaseStockForCartId(container, input.id)
})
