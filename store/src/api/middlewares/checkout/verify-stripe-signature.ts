import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import Stripe from "stripe"
import { env } from "../../../../env"

let verifier: Stripe | undefined

/**
 * Checks the `Stripe-Signature` of POST /hooks/payment/stripe_stripe before Medusa queues the
 * event. Medusa's own webhook route answers 200 to anything and verifies later, in a subscriber,
 * so a forged or stale call would look accepted to the sender; here it gets a 400 at once and
 * nothing is queued. Medusa's provider verifies the signature again when it processes the event.
 */
export function verifyStripeSignature(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secret = env.STRIPE_WEBHOOK_SECRET
  if (!env.STRIPE_API_KEY || !secret) {
    res.status(404).json({ type: "not_found", message: "Stripe payments are not enabled on this server" })
    return
  }
  const signature = req.headers["stripe-signature"]
  const raw = (req as MedusaRequest & { rawBody?: Buffer | string }).rawBody
  if (typeof signature !== "string" || raw === undefined) {
    res.status(400).json({ type: "invalid_data", message: "Webhook Error: missing Stripe-Signature header or body" })
    return
  }
  verifier ??= new Stripe(env.STRIPE_API_KEY)
  try {
    verifier.webhooks.constructEvent(raw, signature, secret)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    res.status(400).json({ type: "invalid_data", message: `Webhook Error: ${reason}` })
    return
  }
  next()
}
