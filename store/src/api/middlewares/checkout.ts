import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateGiftOptions } from "./checkout/validate-gift-options"
import { verifyStripeSignature } from "./checkout/verify-stripe-signature"

/** Validation and authentication of the checkout routes. */
export const checkoutMiddlewares: MiddlewareRoute[] = [
  // Gift wrapping and noshi (line item metadata.gift) on every Store API write of a cart line.
  { matcher: "/store/carts", methods: ["POST"], middlewares: [validateGiftOptions({ itemsOnly: true })] },
  {
    matcher: "/store/carts/:id/line-items",
    methods: ["POST"],
    middlewares: [validateGiftOptions({ itemsOnly: false })],
  },
  {
    matcher: "/store/carts/:id/line-items/:line_id",
    methods: ["POST"],
    middlewares: [validateGiftOptions({ itemsOnly: false })],
  },
  // Stripe's webhook (Medusa's route): refuse a bad signature with a 400 instead of queueing it.
  {
    matcher: "/hooks/payment/stripe_stripe",
    methods: ["POST"],
    bodyParser: { preserveRawBody: true },
    middlewares: [verifyStripeSignature],
  },
]
