import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  InventoryLevelWorkflowEvents,
  OrderWorkflowEvents,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
  ReservationItemWorkflowEvents,
} from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { revalidateStorefront, revalidationTarget } from "../lib/revalidate-storefront"
import { ARTISAN_UPDATED_EVENT } from "../workflows/artisans/events"

const productShape = z.object({
  handle: z.string(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  artisan: z.object({ handle: z.string() }).nullish(),
})
type ProductShape = z.infer<typeof productShape>
const PRODUCT_FIELDS = ["handle", "metadata", "artisan.handle"]

/** `product:{handle}`, `artisan:{handle}` of each product, and `catalog` (listings). */
function productTags(products: Array<ProductShape | null | undefined>): string[] {
  const tags = new Set(["catalog"])
  for (const product of products) {
    if (!product) continue
    tags.add(`product:${product.handle}`)
    const artisan = product.artisan?.handle ?? product.metadata?.artisan_handle
    if (typeof artisan === "string") tags.add(`artisan:${artisan}`)
  }
  return [...tags]
}

type Graph = { entity: string; fields: string[]; ids: string[] }
async function rows<T extends z.ZodTypeAny>(container: MedusaContainer, schema: T, { entity, fields, ids }: Graph) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", ...fields], filters: { id: ids }, withDeleted: true })
  return z.array(schema).parse(data) as z.infer<T>[]
}

const nested = (prefix: string) => PRODUCT_FIELDS.map((field) => `${prefix}.${field}`)
const variantShape = z.object({ product: productShape.nullish() })
const inventoryItemShape = z.object({ variants: z.array(variantShape.nullable()).nullish() })

/** Which tags an event touches, read from the records it names. */
const resolvers: Record<string, (container: MedusaContainer, ids: string[]) => Promise<string[]>> = {
  product: async (container, ids) => productTags(await rows(container, productShape, { entity: "product", fields: PRODUCT_FIELDS, ids })),
  variant: async (container, ids) =>
    productTags(
      (await rows(container, variantShape, { entity: "product_variant", fields: nested("product"), ids })).map((v) => v.product)
    ),
  level: async (container, ids) => {
    const levels = await rows(container, z.object({ inventory_item_id: z.string() }), {
      entity: "inventory_level",
      fields: ["inventory_item_id"],
      ids,
    })
    return inventoryTags(container, levels.map((l) => l.inventory_item_id))
  },
  reservation: async (container, ids) => {
    const reservations = await rows(container, z.object({ inventory_item_id: z.string() }), {
      entity: "reservation_item",
      fields: ["inventory_item_id"],
      ids,
    })
    return inventoryTags(container, reservations.map((r) => r.inventory_item_id))
  },
  order: async (container, ids) => {
    const orders = await rows(container, z.object({ items: z.array(z.object({ product_id: z.string().nullable() })).nullish() }), {
      entity: "order",
      fields: ["items.product_id"],
      ids,
    })
    const productIds = orders.flatMap((o) => (o.items ?? []).flatMap((i) => (i.product_id ? [i.product_id] : [])))
    return productIds.length ? resolvers.product!(container, productIds) : ["catalog"]
  },
  artisan: async (container, ids) => {
    const artisans = await rows(
      container,
      z.object({ handle: z.string(), products: z.array(z.object({ handle: z.string() }).nullable()).nullish() }),
      { entity: "artisan", fields: ["handle", "products.handle"], ids }
    )
    const tags = new Set(["artisans", "catalog"])
    for (const artisan of artisans) {
      tags.add(`artisan:${artisan.handle}`)
      for (const product of artisan.products ?? []) if (product) tags.add(`product:${product.handle}`)
    }
    return [...tags]
  },
}

async function inventoryTags(container: MedusaContainer, itemIds: string[]) {
  if (!itemIds.length) return ["catalog"]
  const items = await rows(container, inventoryItemShape, {
    entity: "inventory_item",
    fields: nested("variants.product"),
    ids: [...new Set(itemIds)],
  })
  return productTags(items.flatMap((item) => (item.variants ?? []).map((v) => v?.product)))
}

const EVENT_KINDS: Record<string, keyof typeof resolvers> = {
  [ProductWorkflowEvents.CREATED]: "product",
  [ProductWorkflowEvents.UPDATED]: "product",
  [ProductWorkflowEvents.DELETED]: "product",
  [ProductVariantWorkflowEvents.CREATED]: "variant",
  [ProductVariantWorkflowEvents.UPDATED]: "variant",
  [ProductVariantWorkflowEvents.DELETED]: "variant",
  [InventoryLevelWorkflowEvents.CREATED]: "level",
  [InventoryLevelWorkflowEvents.UPDATED]: "level",
  [InventoryLevelWorkflowEvents.DELETED]: "level",
  [ReservationItemWorkflowEvents.CREATED]: "reservation",
  [ReservationItemWorkflowEvents.UPDATED]: "reservation",
  [ReservationItemWorkflowEvents.DELETED]: "reservation",
  // A placed or canceled order changes the available stock of its products.
  [OrderWorkflowEvents.PLACED]: "order",
  [OrderWorkflowEvents.CANCELED]: "order",
  [ARTISAN_UPDATED_EVENT]: "artisan",
}

/**
 * Product, price (variant updates carry prices), stock and artisan changes → the storefront's
 * cache tags. Errors are logged, never thrown: the write that emitted the event already succeeded.
 */
export default async function storefrontRevalidation({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!revalidationTarget()) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const kind = EVENT_KINDS[event.name]
  if (!kind) return
  try {
    const ids = (Array.isArray(event.data) ? event.data : [event.data]).flatMap((d: { id?: unknown }) =>
      typeof d?.id === "string" ? [d.id] : []
    )
    const tags = ids.length ? await resolvers[kind]!(container, ids) : ["catalog"]
    revalidateStorefront(tags, logger)
  } catch (error) {
    logger.warn(`Storefront revalidation: could not read the tags of ${event.name}: ${error instanceof Error ? error.message : error}`)
    revalidateStorefront(["catalog"], logger)
  }
}

export const config: SubscriberConfig = { event: Object.keys(EVENT_KINDS) }
