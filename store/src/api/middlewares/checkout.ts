import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and authentication of the checkout routes. */
export const checkoutMiddlewares: MiddlewareRoute[] = []
