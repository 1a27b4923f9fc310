import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { fromMedusaAmount, isPriceCurrency, type PriceCurrency } from "./money"

/** The stock location whose levels the artisans manage (their pieces ship from the workshop). */
export const ARTISAN_LOCATION_NAME = "Kanazawa workshop"
/** Locale of the Japanese texts in Medusa's Translation Module; the base fields are English. */
export const JAPANESE_LOCALE = "ja-JP"

export type ArtisanProduct = {
  id: string
  handle: string
  status: "published" | "draft"
  title_en: string
  title_ja: string
  description_en: string
  description_ja: string
  thumbnail: string | null
  images: Array<{ id: string; url: string }>
  prices: Array<{ currency_code: PriceCurrency; amount: string }>
  stock: number
  sold_out: boolean
  one_of_a_kind: boolean
  made_to_order: boolean
  lead_time_days: number | null
  care_key: string | null
  variant_id: string
}

const level = z.object({
  location_id: z.string(),
  stocked_quantity: z.coerce.number(),
  reserved_quantity: z.coerce.number(),
})
const productRow = z.object({
  id: z.string(),
  handle: z.string(),
  status: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  thumbnail: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  images: z.array(z.object({ id: z.string(), url: z.string(), rank: z.number().nullish() })).nullish(),
  variants: z
    .array(
      z.object({
        id: z.string(),
        manage_inventory: z.boolean(),
        allow_backorder: z.boolean(),
        created_at: z.union([z.string(), z.date()]).nullish(),
        prices: z
          .array(
            z.object({
              id: z.string(),
              amount: z.union([z.number(), z.string()]),
              currency_code: z.string(),
              rules_count: z.number().nullish(),
              price_list_id: z.string().nullish(),
            })
          )
          .nullish(),
        inventory_items: z
          .array(
            z.object({
              inventory_item_id: z.string(),
              inventory: z.object({ location_levels: z.array(level).nullish() }).nullish(),
            })
          )
          .nullish(),
      })
    )
    .nullish(),
})
export type ProductRow = z.infer<typeof productRow>

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "status",
  "title",
  "description",
  "thumbnail",
  "metadata",
  "images.id",
  "images.url",
  "images.rank",
  "variants.id",
  "variants.created_at",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.rules_count",
  "variants.prices.price_list_id",
  "variants.inventory_items.inventory_item_id",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Scope = MedusaContainer

/** Ids of the products linked to an artisan. */
export async function artisanProductIds(scope: Scope, artisanId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "artisan", fields: ["id", "products.id"], filters: { id: artisanId } })
  const row = z
    .object({ products: z.array(z.object({ id: z.string() }).nullable()).nullish() })
    .parse(data[0] ?? { products: [] })
  return (row.products ?? []).flatMap((p) => (p ? [p.id] : []))
}

export async function artisanLocationId(scope: Scope): Promise<string | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: ARTISAN_LOCATION_NAME },
  })
  return z.array(z.object({ id: z.string() })).parse(data)[0]?.id
}

export async function productRows(scope: Scope, ids: string[]): Promise<ProductRow[]> {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } })
  return z.array(productRow).parse(data)
}

type JapaneseTexts = { id: string; title?: string; description?: string }

/** Japanese title/description per product id: Translation Module first, metadata `*_ja` as fallback. */
export async function japaneseTexts(scope: Scope, ids: string[]): Promise<Map<string, JapaneseTexts>> {
  const found = new Map<string, JapaneseTexts>()
  if (!ids.length || !scope.hasRegistration(Modules.TRANSLATION)) return found
  const translation = scope.resolve(Modules.TRANSLATION)
  const rows = await translation.listTranslations({ reference_id: ids, locale_code: JAPANESE_LOCALE })
  for (const row of rows) {
    if (row.reference !== "product") continue
    const texts = z
      .object({ title: z.string().optional(), description: z.string().optional() })
      .passthrough()
      .parse(row.translations ?? {})
    found.set(row.reference_id, { id: row.id, title: texts.title, description: texts.description })
  }
  return found
}

/** The variant the artisans' API edits: the first one created (most pieces have just one). */
export function mainVariant(row: ProductRow) {
  const variants = [...(row.variants ?? [])]
  variants.sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  return variants[0]
}

/** Currency-wide prices (no region rule, no price list): the ones the artisan sets. */
export function basePrices(variant: NonNullable<ReturnType<typeof mainVariant>>) {
  return (variant.prices ?? []).filter((p) => !p.price_list_id && !(p.rules_count ?? 0))
}

export function stockLevel(variant: NonNullable<ReturnType<typeof mainVariant>>, locationId: string | undefined) {
  const item = variant.inventory_items?.[0]
  const levelAt = item?.inventory?.location_levels?.find((l) => l.location_id === locationId)
  return {
    inventoryItemId: item?.inventory_item_id,
    stocked: levelAt?.stocked_quantity ?? 0,
    reserved: levelAt?.reserved_quantity ?? 0,
    exists: Boolean(levelAt),
  }
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined)

export function toArtisanProduct(
  row: ProductRow,
  ja: JapaneseTexts | undefined,
  locationId: string | undefined
): ArtisanProduct | undefined {
  const variant = mainVariant(row)
  if (!variant) return undefined
  const metadata = row.metadata ?? {}
  const { stocked, reserved } = stockLevel(variant, locationId)
  // "Stock" for a maker is what can still be sold: units on the shelf minus those already ordered.
  const stock = Math.max(0, stocked - reserved)
  const leadTime = metadata.lead_time_days
  const images = [...(row.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  return {
    id: row.id,
    handle: row.handle,
    status: row.status === "published" ? "published" : "draft",
    title_en: row.title,
    title_ja: ja?.title ?? str(metadata.title_ja) ?? "",
    description_en: row.description ?? "",
    description_ja: ja?.description ?? str(metadata.description_ja) ?? "",
    thumbnail: row.thumbnail ?? images[0]?.url ?? null,
    images: images.map(({ id, url }) => ({ id, url })),
    prices: basePrices(variant).flatMap((p) =>
      isPriceCurrency(p.currency_code)
        ? [{ currency_code: p.currency_code, amount: fromMedusaAmount(p.currency_code, p.amount) }]
        : []
    ),
    stock,
    sold_out: variant.manage_inventory && !variant.allow_backorder && stock <= 0,
    one_of_a_kind: metadata.one_of_a_kind === true,
    made_to_order: metadata.made_to_order === true,
    lead_time_days: typeof leadTime === "number" ? leadTime : null,
    care_key: str(metadata.care_key) ?? null,
    variant_id: variant.id,
  }
}

/** The artisan's products in the contract's shape; `onlyId` narrows to one (undefined when not theirs). */
export async function loadArtisanProducts(scope: Scope, artisanId: string, onlyId?: string): Promise<ArtisanProduct[]> {
  const owned = await artisanProductIds(scope, artisanId)
  const ids = onlyId ? owned.filter((id) => id === onlyId) : owned
  const [rows, ja, locationId] = await Promise.all([
    productRows(scope, ids),
    japaneseTexts(scope, ids),
    artisanLocationId(scope),
  ])
  return rows
    .flatMap((row) => {
      const product = toArtisanProduct(row, ja.get(row.id), locationId)
      return product ? [product] : []
    })
    .sort((a, b) => a.handle.localeCompare(b.handle))
}
