import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { env } from "../../../../env"
import { CARE_KEYS, craftAttributesSchema } from "../../../lib/craft-attributes"
import type { UpdateArtisanProductInput } from "../../../workflows/artisans/update-artisan-product"
import {
  artisanLocationId,
  JAPANESE_LOCALE,
  mainVariant,
  stockLevel,
  type ProductRow,
} from "./artisan-products"
import { minorToMedusaAmount, toMinorUnits, type PriceCurrency } from "./money"
import type { FieldError } from "./validation"

const yen = z.string().regex(/^[1-9]\d{0,8}$/, "a whole number of yen, e.g. 18000")
const decimal = z.string().regex(/^(0|[1-9]\d{0,6})(\.\d{1,2})?$/, 'an amount like "120" or "120.50"')
const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`)

/** POST /artisan/products/:id — every field optional; unknown fields are refused so typos do not pass silently. */
export const updateArtisanProductBody = z
  .object({
    title_en: text(200),
    title_ja: text(200),
    description_en: z.string().trim().max(5000, "at most 5000 characters"),
    description_ja: z.string().trim().max(5000, "at most 5000 characters"),
    prices: z
      .object({ jpy: yen, usd: decimal.nullable().optional(), eur: decimal.nullable().optional() })
      .strict(),
    stock: z.number({ message: "a whole number, 0 or more" }).int("a whole number").min(0, "0 or more").max(9999, "at most 9999"),
    lead_time_days: craftAttributesSchema.shape.lead_time_days.unwrap().nullable(),
    care_key: z.enum(CARE_KEYS, { message: `one of: ${CARE_KEYS.join(", ")}` }),
    status: z.enum(["published", "draft"], { message: "published or draft" }),
    image_urls: z.array(z.string().url("a full URL")).max(12, "at most 12 photos"),
  })
  .partial()
  .strict()
export type UpdateArtisanProductBody = z.infer<typeof updateArtisanProductBody>

type Resolved = { input: UpdateArtisanProductInput } | { errors: FieldError[] }

const backendOrigin = new URL(env.MEDUSA_BACKEND_URL).origin

/**
 * Checks what depends on the stored product (craft rules, photo origins) and turns the body into
 * the workflow's input. Field errors use the body's names.
 */
export async function resolveProductUpdate(
  scope: MedusaContainer,
  row: ProductRow,
  body: UpdateArtisanProductBody
): Promise<Resolved> {
  const errors: FieldError[] = []
  const metadata: Record<string, unknown> = { ...(row.metadata ?? {}) }
  const variant = mainVariant(row)
  if (!variant) return { errors: [{ field: "", message: "this product has no variant to edit" }] }
  const input: UpdateArtisanProductInput = { product_id: row.id }
  const product: NonNullable<UpdateArtisanProductInput["product"]> = {}

  if (body.title_en !== undefined) product.title = body.title_en
  if (body.description_en !== undefined) product.description = body.description_en
  if (body.status !== undefined) product.status = body.status

  let metadataChanged = false
  if (body.care_key !== undefined) {
    metadata.care_key = body.care_key
    metadataChanged = true
  }
  if (body.lead_time_days !== undefined) {
    if (body.lead_time_days === null) delete metadata.lead_time_days
    else metadata.lead_time_days = body.lead_time_days
    metadataChanged = true
  }
  if (body.lead_time_days !== undefined) {
    // The craft rules (lead time only for made-to-order pieces, and required for them) live in one schema.
    const check = craftAttributesSchema.safeParse(metadata)
    if (!check.success) {
      for (const issue of check.error.issues) {
        const key = String(issue.path[0] ?? "")
        if (key === "lead_time_days" || key === "made_to_order") errors.push({ field: "lead_time_days", message: issue.message })
      }
    }
  }
  // Older seeds kept the Japanese texts in metadata: keep them in step when present, and use
  // metadata when the Translation Module is not loaded.
  const jaInMetadata = (key: string) => typeof metadata[key] === "string" || !scope.hasRegistration(Modules.TRANSLATION)
  if (body.title_ja !== undefined && jaInMetadata("title_ja")) {
    metadata.title_ja = body.title_ja
    metadataChanged = true
  }
  if (body.description_ja !== undefined && jaInMetadata("description_ja")) {
    metadata.description_ja = body.description_ja
    metadataChanged = true
  }
  if (metadataChanged) product.metadata = metadata

  if (body.image_urls !== undefined) {
    const existing = new Set((row.images ?? []).map((image) => image.url))
    body.image_urls.forEach((url, index) => {
      if (!existing.has(url) && new URL(url).origin !== backendOrigin) {
        errors.push({ field: `image_urls.${index}`, message: "upload the photo first (POST /artisan/uploads)" })
      }
    })
    product.images = body.image_urls.map((url) => ({ url }))
    product.thumbnail = body.image_urls[0] ?? null
  }
  if (Object.keys(product).length) input.product = product

  if (body.stock !== undefined) {
    if (metadata.one_of_a_kind === true && body.stock > 1) {
      errors.push({ field: "stock", message: "a one-of-a-kind piece has a stock of 0 or 1" })
    }
    const locationId = await artisanLocationId(scope)
    const level = stockLevel(variant, locationId)
    if (!locationId || !level.inventoryItemId || !variant.manage_inventory) {
      errors.push({ field: "stock", message: "this product's stock is not tracked at the Kanazawa workshop" })
    } else {
      // `stock` is what can still be sold, so units already ordered stay reserved on top of it.
      input.stock = {
        inventory_item_id: level.inventoryItemId,
        location_id: locationId,
        stocked_quantity: body.stock + level.reserved,
        level_exists: level.exists,
      }
    }
  }

  if (body.prices !== undefined) {
    const prices: Array<{ currency_code: PriceCurrency; minor: number }> = [
      { currency_code: "jpy", minor: toMinorUnits("jpy", body.prices.jpy) },
    ]
    for (const currency of ["usd", "eur"] as const) {
      const value = body.prices[currency]
      if (value === undefined) {
        // Not sent: keep the stored price of that currency.
        const kept = (variant.prices ?? []).find((p) => p.currency_code === currency && !p.price_list_id && !(p.rules_count ?? 0))
        if (kept) prices.push({ currency_code: currency, minor: Math.round(Number(kept.amount) * 100) })
      } else if (value !== null) {
        const minor = toMinorUnits(currency, value)
        if (minor <= 0) errors.push({ field: `prices.${currency}`, message: "must be more than 0" })
        prices.push({ currency_code: currency, minor })
      }
    }
    input.prices = {
      variant_id: variant.id,
      prices: prices.map((p) => ({ currency_code: p.currency_code, amount: minorToMedusaAmount(p.currency_code, p.minor) })),
    }
  }

  if ((body.title_ja !== undefined || body.description_ja !== undefined) && scope.hasRegistration(Modules.TRANSLATION)) {
    const translation = scope.resolve(Modules.TRANSLATION)
    const [current] = await translation.listTranslations({
      reference: "product",
      reference_id: row.id,
      locale_code: JAPANESE_LOCALE,
    })
    const texts: Record<string, string> = {}
    for (const [key, value] of Object.entries(current?.translations ?? {})) {
      if (typeof value === "string") texts[key] = value
    }
    if (body.title_ja !== undefined) texts.title = body.title_ja
    if (body.description_ja !== undefined) texts.description = body.description_ja
    input.translation = current
      ? { create: [], update: [{ id: current.id, translations: texts }] }
      : {
          create: [{ reference: "product", reference_id: row.id, locale_code: JAPANESE_LOCALE, translations: texts }],
          update: [],
        }
  }

  return errors.length ? { errors } : { input }
}
