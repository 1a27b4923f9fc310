import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  createInventoryLevelsWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { categories as categorySeeds, type CategoryHandle } from "./data/categories"
import { crafts } from "./data/crafts"
import { isVaried, products, type ProductSeed } from "./data/products"
import { ensureCategories, ensureCollections } from "./collections"
import { uploadProductImages } from "./product-images"
import { idsBy, queryRows } from "./query"
import { ensureTranslations, type TranslationSeed } from "./translations"
import { craftAttributesOf, validateCatalog, variantsOf } from "./validate-catalog"

const variantRow = z.object({
  id: z.string(),
  sku: z.string().nullable(),
  inventory_items: z.array(z.object({ inventory_item_id: z.string() })).nullish(),
})

const productRow = z.object({
  id: z.string(),
  handle: z.string(),
  thumbnail: z.string().nullable(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  categories: z.array(z.object({ id: z.string() }).nullable()).nullish(),
  options: z.array(z.object({ id: z.string(), title: z.string(), values: z.array(z.object({ id: z.string(), value: z.string() })).nullish() })).nullish(),
  variants: z.array(z.object({ id: z.string(), sku: z.string().nullable() })).nullish(),
})

type CatalogTargets = {
  webChannelId: string
  galleryChannelId: string
  workshopLocationId: string
  shippingProfileId: string
}

type Ids = {
  collections: Map<string, string>
  categories: Map<string, string>
  tags: Map<string, string>
  images: Map<string, string>
}

/** Tags `artisan:{handle}` and `craft:{slug}` (the storefront filters and joins on them). */
async function ensureTags(container: MedusaContainer, values: string[]): Promise<Map<string, string>> {
  const existing = await idsBy(container, "product_tag", "value", values)
  const missing = values.filter((value) => !existing.has(value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missing.map((value) => ({ value })) },
    })
    for (const tag of result) existing.set(tag.value, tag.id)
  }
  return existing
}

/** `product.metadata`: the validated craft attributes, plus the Japanese texts the storefront read before translations. */
function metadataOf(seed: ProductSeed): Record<string, unknown> {
  return {
    ...craftAttributesOf(seed),
    title_ja: seed.ja.title,
    subtitle_ja: seed.ja.subtitle,
    description_ja: seed.ja.description,
  }
}

function categoryIds(seed: ProductSeed, ids: Map<string, string>): string[] {
  return seed.categories.map((handle: CategoryHandle) => ids.get(handle)!)
}

function toProductInput(seed: ProductSeed, ids: Ids, targets: CatalogTargets) {
  const optionTitle = isVaried(seed) ? seed.option.en : "Default option"
  const variants = variantsOf(seed)
  const madeToOrder = seed.details.made_to_order === true
  const image = ids.images.get(seed.handle)!
  const first = variants[0]!
  return {
    title: seed.title,
    subtitle: seed.subtitle,
    description: seed.description,
    handle: seed.handle,
    status: ProductStatus.PUBLISHED,
    collection_id: ids.collections.get(seed.craft)!,
    category_ids: categoryIds(seed, ids.categories),
    tag_ids: [ids.tags.get(`artisan:${seed.artisan}`)!, ids.tags.get(`craft:${seed.craft}`)!],
    shipping_profile_id: targets.shippingProfileId,
    thumbnail: image,
    images: [{ url: image }],
    origin_country: "JP",
    hs_code: seed.hsCode,
    material: seed.details.material,
    weight: first.weight,
    length: first.size.length,
    width: first.size.width,
    height: first.size.height,
    metadata: metadataOf(seed),
    sales_channels: [{ id: targets.webChannelId }, { id: targets.galleryChannelId }],
    options: [{ title: optionTitle, values: isVaried(seed) ? variants.map((v) => v.value.en) : ["Default option value"] }],
    variants: variants.map((variant) => ({
      title: variant.value.en,
      sku: variant.sku,
      options: { [optionTitle]: isVaried(seed) ? variant.value.en : "Default option value" },
      manage_inventory: true,
      // Made-to-order pieces are ordered without stock; everything else sells only what is on the shelf.
      allow_backorder: madeToOrder,
      origin_country: "JP",
      hs_code: seed.hsCode,
      material: seed.details.material,
      weight: variant.weight,
      length: variant.size.length,
      width: variant.size.width,
      height: variant.size.height,
      prices: [
        { currency_code: "jpy", amount: variant.prices.jpy },
        { currency_code: "usd", amount: variant.prices.usd },
        { currency_code: "eur", amount: variant.prices.eur },
      ],
    })),
  }
}

async function stockAtWorkshop(container: MedusaContainer, productIds: string[], seeds: ProductSeed[], locationId: string) {
  const variants = await queryRows(container, variantRow, {
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const stockBySku = new Map(seeds.flatMap((seed) => variantsOf(seed).map((v) => [v.sku, v.stock] as const)))
  const levels = variants.flatMap((variant) => {
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    const stock = variant.sku ? stockBySku.get(variant.sku) : undefined
    if (!itemId || stock === undefined) return []
    return [{ inventory_item_id: itemId, location_id: locationId, stocked_quantity: stock }]
  })
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
}

/**
 * Products seeded by an earlier version of this script (before images, categories and craft
 * attributes) get them now; products that already have them are left alone.
 */
async function backfill(container: MedusaContainer, rows: z.infer<typeof productRow>[], ids: Omit<Ids, "images" | "tags">) {
  const bySeed = new Map(products.map((p) => [p.handle, p]))
  const stale = rows.filter((row) => !row.thumbnail || !(row.categories ?? []).length || !row.metadata?.care_key)
  if (!stale.length) return 0
  const images = await uploadProductImages(container, stale.filter((row) => !row.thumbnail).map((row) => row.handle))
  await updateProductsWorkflow(container).run({
    input: {
      products: stale.map((row) => {
        const seed = bySeed.get(row.handle)!
        const image = images.get(row.handle)
        return {
          id: row.id,
          ...(image ? { thumbnail: image, images: [{ url: image }] } : {}),
          category_ids: categoryIds(seed, ids.categories),
          metadata: { ...(row.metadata ?? {}), ...metadataOf(seed) },
        }
      }),
    },
  })
  return stale.length
}

/** Japanese texts of every seeded product, its options and variants, the collections and categories. */
function translationSeeds(rows: z.infer<typeof productRow>[], ids: Omit<Ids, "images" | "tags">): TranslationSeed[] {
  const bySeed = new Map(products.map((p) => [p.handle, p]))
  const out: TranslationSeed[] = []
  for (const [slug, id] of ids.collections) {
    const craft = crafts[slug as keyof typeof crafts]
    if (craft) out.push({ reference: "product_collection", reference_id: id, translations: { title: craft.ja } })
  }
  for (const [handle, id] of ids.categories) {
    const category = categorySeeds[handle as CategoryHandle]
    if (category) {
      out.push({
        reference: "product_category",
        reference_id: id,
        translations: { name: category.ja, description: category.description.ja },
      })
    }
  }
  for (const row of rows) {
    const seed = bySeed.get(row.handle)
    if (!seed) continue
    out.push({ reference: "product", reference_id: row.id, translations: { ...seed.ja } })
    const variants = new Map(variantsOf(seed).map((v) => [v.sku, v]))
    const valueJa = new Map(variantsOf(seed).map((v) => [v.value.en, v.value.ja]))
    for (const variant of row.variants ?? []) {
      const v = variant.sku ? variants.get(variant.sku) : undefined
      if (v) out.push({ reference: "product_variant", reference_id: variant.id, translations: { title: v.value.ja } })
    }
    if (!isVaried(seed)) continue
    for (const option of row.options ?? []) {
      out.push({ reference: "product_option", reference_id: option.id, translations: { title: seed.option.ja } })
      for (const value of option.values ?? []) {
        const ja = valueJa.get(value.value)
        if (ja) out.push({ reference: "product_option_value", reference_id: value.id, translations: { value: ja } })
      }
    }
  }
  return out
}

/**
 * The catalog: collections per craft, categories by use, products with variants, prices, stock at the
 * workshop, images and Japanese translations. Creates only what is missing (by handle).
 */
export async function ensureCatalog(container: MedusaContainer, targets: CatalogTargets) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  validateCatalog(products)
  const collections = await ensureCollections(container)
  const categories = await ensureCategories(container)
  const handles = products.map((p) => p.handle)
  const existing = await idsBy(container, "product", "handle", handles)
  const missing = products.filter((p) => !existing.has(p.handle))

  if (missing.length) {
    const tags = await ensureTags(container, [
      ...new Set(missing.flatMap((p) => [`artisan:${p.artisan}`, `craft:${p.craft}`])),
    ])
    const images = await uploadProductImages(container, missing.map((p) => p.handle))
    const ids: Ids = { collections, categories, tags, images }
    const { result } = await createProductsWorkflow(container).run({
      input: { products: missing.map((seed) => toProductInput(seed, ids, targets)) },
    })
    await stockAtWorkshop(container, result.map((p) => p.id), missing, targets.workshopLocationId)
    logger.info(`Seeded ${result.length} products with stock at the Kanazawa workshop`)
  }

  const rows = await queryRows(container, productRow, {
    entity: "product",
    fields: ["id", "handle", "thumbnail", "metadata", "categories.id", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.sku"],
    filters: { handle: handles },
  })
  const updated = await backfill(container, rows.filter((row) => existing.has(row.handle)), { collections, categories })
  const translated = await ensureTranslations(container, translationSeeds(rows, { collections, categories }))
  if (updated || translated) logger.info(`Catalog: ${updated} products completed, ${translated} Japanese translations added`)
  return { created: missing.length }
}
