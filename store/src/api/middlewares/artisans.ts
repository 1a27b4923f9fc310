import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"

/** Artisans sign in as their own actor type; a shopper's or staff token is refused (401). */
const artisanOnly = authenticate("artisan", ["bearer", "session"])

/** What the shop may show about a maker on product routes (never the e-mail or invitation data). */
const PUBLIC_ARTISAN_FIELDS = ["id", "handle", "name_ja", "name_en", "workshop"].map((f) => `artisan.${f}`)

/**
 * Lets store product routes answer `fields=*artisan` (and `artisan.handle`, ...): the request's
 * artisan fields are rewritten to the public ones before Medusa's query validation reads them.
 */
function publicArtisanFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.query.fields
  if (typeof fields === "string") {
    const list = fields.split(",")
    const isArtisan = (field: string) => /^[+ -]*\*?artisan(\.|$)/.test(field)
    if (list.some(isArtisan)) {
      const wanted = list.some((field) => isArtisan(field) && !field.startsWith("-"))
      // "+" keeps Medusa's reading of the rest: defaults kept or replaced exactly as the caller asked.
      const added = wanted ? PUBLIC_ARTISAN_FIELDS.map((field) => `+${field}`) : []
      req.query.fields = [...list.filter((field) => !isArtisan(field)), ...added].join(",")
      req.allowed = [...(req.allowed ?? []), "artisan", ...PUBLIC_ARTISAN_FIELDS]
    }
  }
  next()
}

/** The shopper's order page shows the tracking number an artisan entered when shipping. */
function shopperTrackingFields(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed = [
    ...(req.allowed ?? []),
    "fulfillments.labels",
    "fulfillments.labels.tracking_number",
    "fulfillments.labels.tracking_url",
    "fulfillments.shipped_at",
  ]
  next()
}

/** Validation and authentication of the artisans routes. */
export const artisanMiddlewares: MiddlewareRoute[] = [
  { matcher: "/artisan/me", middlewares: [artisanOnly] },
  { matcher: "/artisan/products*", middlewares: [artisanOnly] },
  { matcher: "/artisan/orders*", middlewares: [artisanOnly] },
  // Multipart: the route reads the raw body itself (size-limited), so Medusa's JSON parser stays off.
  { method: ["POST"], matcher: "/artisan/uploads", bodyParser: false, middlewares: [artisanOnly] },
  { method: ["GET"], matcher: "/store/products*", middlewares: [publicArtisanFields] },
  { method: ["GET"], matcher: "/store/orders*", middlewares: [shopperTrackingFields] },
  // Staff only (Medusa's admin users), stated here rather than relying on a global /admin guard.
  { matcher: "/admin/artisans*", middlewares: [authenticate("user", ["session", "bearer", "api-key"])] },
]
