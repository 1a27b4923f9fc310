import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductTagsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { crafts, products, type CraftSlug, type ProductSeed } from "./data/products"
import { z } from "@medusajs/framework/zod"
import { idsBy, queryRows } from "./query"

const variantRow = z.object({
  id: z.string(),
  sku: z.string().nullable(),
  inventory_items: z.array(z.object({ inventory_item_id: z.string() })).nullish(),
})

type CatalogTargets = {
  webChannelId: string
  galleryChannelId: string
  workshopLocationId: string
  shippingProfileId: string
}

/** One collection per craft, handle = craft slug. */
async function ensureCollections(container: MedusaContainer): Promise<Map<string, string>> {
  const slugs = Object.keys(crafts) as CraftSlug[]
  const existing = await idsBy(container, "product_collection", "handle", slugs)
  const missing = slugs.filter((slug) => !existing.has(slug))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: {
        collections: missing.map((slug) => ({
          handle: slug,
          title: crafts[slug].en,
          metadata: { title_ja: crafts[slug].ja },
        })),
      },
    })
    for (const collection of result) existing.set(collection.handle, collection.id)
  }
  return existing
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

function toProductInput(
  seed: ProductSeed,
  ids: { collection: string; tags: string[] } & CatalogTargets
) {
  return {
    title: seed.title,
    subtitle: seed.subtitle,
    description: seed.description,
    handle: seed.handle,
    status: ProductStatus.PUBLISHED,
    collection_id: ids.collection,
    tag_ids: ids.tags,
    shipping_profile_id: ids.shippingProfileId,
    origin_country: "jp",
    hs_code: seed.hsCode,
    material: seed.material,
    weight: seed.weight,
    length: seed.size.length,
    width: seed.size.width,
    height: seed.size.height,
    metadata: {
      artisan_handle: seed.artisan,
      craft: seed.craft,
      one_of_a_kind: seed.oneOfAKind === true,
      title_ja: seed.ja.title,
      subtitle_ja: seed.ja.subtitle,
      description_ja: seed.ja.description,
    },
    sales_channels: [{ id: ids.webChannelId }, { id: ids.galleryChannelId }],
    options: [{ title: "Default option", values: ["Default option value"] }],
    variants: [
      {
        title: seed.oneOfAKind ? "One of a kind" : "Standard",
        sku: seed.handle.toUpperCase(),
        options: { "Default option": "Default option value" },
        manage_inventory: true,
        allow_backorder: false,
        origin_country: "jp",
        hs_code: seed.hsCode,
        material: seed.material,
        weight: seed.weight,
        length: seed.size.length,
        width: seed.size.width,
        height: seed.size.height,
        prices: [
          { currency_code: "jpy", amount: seed.prices.jpy },
          { currency_code: "usd", amount: seed.prices.usd },
          { currency_code: "eur", amount: seed.prices.eur },
        ],
      },
    ],
  }
}

/** Creates the products that do not exist yet (by handle) and stocks them at the workshop. */
export async function ensureCatalog(container: MedusaContainer, targets: CatalogTargets) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const existing = await idsBy(container, "product", "handle", products.map((p) => p.handle))
  const missing = products.filter((p) => !existing.has(p.handle))
  if (!missing.length) return { created: 0 }

  const collections = await ensureCollections(container)
  const tags = await ensureTags(container, [
    ...new Set(missing.flatMap((p) => [`artisan:${p.artisan}`, `craft:${p.craft}`])),
  ])
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((seed) =>
        toProductInput(seed, {
          ...targets,
          collection: collections.get(seed.craft)!,
          tags: [tags.get(`artisan:${seed.artisan}`)!, tags.get(`craft:${seed.craft}`)!],
        })
      ),
    },
  })

  const variants = await queryRows(container, variantRow, {
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id"],
    filters: { product_id: result.map((p) => p.id) },
  })
  const stockBySku = new Map(missing.map((p) => [p.handle.toUpperCase(), p.stock]))
  const levels = variants.flatMap((variant) => {
    const itemId = variant.inventory_items?.[0]?.inventory_item_id
    const stock = variant.sku ? stockBySku.get(variant.sku) : undefined
    if (!itemId || stock === undefined) return []
    return [{ inventory_item_id: itemId, location_id: targets.workshopLocationId, stocked_quantity: stock }]
  })
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  logger.info(`Seeded ${result.length} products with stock at the Kanazawa workshop`)
  return { created: result.length }
}
