import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Validation and authentication of the catalog routes. */
export const catalogMiddlewares: MiddlewareRoute[] = []
