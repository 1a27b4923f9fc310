import { z } from "@medusajs/framework/zod"
import { PARCEL_TARE_GRAMS } from "./bands"

const numeric = z.union([z.number(), z.string(), z.object({ value: z.union([z.string(), z.number()]) })])

const itemSchema = z
  .object({
    quantity: numeric,
    variant: z.object({ weight: z.number().nullish() }).nullish(),
  })
  .passthrough()

function toNumber(value: z.infer<typeof numeric>): number {
  const raw = typeof value === "object" ? value.value : value
  const n = Number(raw)
  return Number.isFinite(n) ? n : 0
}

/**
 * Packed weight of a cart's items in grams: each variant's weight (packed piece, box included)
 * times its quantity, plus the parcel's own packaging. Items without a weight count as 0 g.
 */
export function parcelWeightGrams(items: unknown): number {
  const parsed = z.array(itemSchema).parse(items ?? [])
  const goods = parsed.reduce((sum, item) => sum + (item.variant?.weight ?? 0) * toNumber(item.quantity), 0)
  return Math.round(goods) + (parsed.length ? PARCEL_TARE_GRAMS : 0)
}
