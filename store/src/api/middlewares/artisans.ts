import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and authentication of the artisans routes. */
export const artisanMiddlewares: MiddlewareRoute[] = []
