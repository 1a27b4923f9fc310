import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { StoreOrderLookup } from "../store/order-lookup/validators"

/** Validation of the order routes (the publishable key is checked by Medusa on every /store route). */
export const orderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/order-lookup", methods: ["POST"], middlewares: [validateAndTransformBody(StoreOrderLookup)] },
]
