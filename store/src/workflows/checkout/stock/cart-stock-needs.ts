import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** What one inventory item of a cart needs, summed over the cart's lines. */
export type StockNeed = { inventoryItemId: string; title: string; required: number }

const cartRow = z.object({
  id: z.string(),
  sales_channel_id: z.string().nullish(),
  items: z
    .array(
      z
        .object({
          title: z.string().nullish(),
          product_title: z.string().nullish(),
          quantity: z.coerce.number(),
          variant: z
            .object({
              manage_inventory: z.boolean().nullish(),
              allow_backorder: z.boolean().nullish(),
              inventory_items: z
                .array(z.object({ inventory_item_id: z.string(), required_quantity: z.coerce.number() }).nullable())
                .nullish(),
            })
            .nullish(),
        })
        .nullable()
    )
    .nullish(),
})

/**
 * The stock the cart will reserve: items of variants that manage inventory and do not allow
 * backorders (others can never be "sold out"), and the sales channel's stock locations.
 */
export async function cartStockNeeds(
  container: MedusaContainer,
  cartId: string
): Promise<{ needs: StockNeed[]; locationIds: string[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "sales_channel_id",
      "items.title",
      "items.product_title",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = cartRow.parse(data[0])
  const needs = new Map<string, StockNeed>()
  for (const item of cart.items ?? []) {
    if (!item?.variant?.manage_inventory || item.variant.allow_backorder) continue
    for (const link of item.variant.inventory_items ?? []) {
      if (!link) continue
      const need = needs.get(link.inventory_item_id) ?? {
        inventoryItemId: link.inventory_item_id,
        title: item.product_title ?? item.title ?? link.inventory_item_id,
        required: 0,
      }
      need.required += item.quantity * link.required_quantity
      needs.set(link.inventory_item_id, need)
    }
  }
  if (!needs.size || !cart.sales_channel_id) return { needs: [...needs.values()], locationIds: [] }

  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: cart.sales_channel_id },
  })
  const channel = z
    .object({ stock_locations: z.array(z.object({ id: z.string() }).nullable()).nullish() })
    .parse(channels[0] ?? {})
  const locationIds = (channel.stock_locations ?? []).flatMap((l) => (l ? [l.id] : []))
  return { needs: [...needs.values()], locationIds }
}

/**
 * The needs that cannot be met now, read fresh from the inventory module: Medusa reserves each
 * line at one location, so a need is met when one of the channel's locations has
 * stocked − reserved ≥ required.
 */
export async function unmetNeeds(
  container: MedusaContainer,
  needs: StockNeed[],
  locationIds: string[]
): Promise<StockNeed[]> {
  if (!needs.length) return []
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = locationIds.length
    ? await inventory.listInventoryLevels({
        inventory_item_id: needs.map((n) => n.inventoryItemId),
        location_id: locationIds,
      })
    : []
  return needs.filter((need) => {
    const best = levels
      .filter((l) => l.inventory_item_id === need.inventoryItemId)
      .reduce((max, l) => Math.max(max, Number(l.stocked_quantity) - Number(l.reserved_quantity)), 0)
    return best < need.required
  })
}

export function soldOutMessage(unmet: StockNeed[]): string {
  const titles = unmet.map((n) => n.title)
  return (
    `Sold out: ${titles.map((t) => `"${t}"`).join(", ")} ${titles.length > 1 ? "are" : "is"} no longer available. ` +
    `売り切れ：${titles.map((t) => `「${t}」`).join("、")}は在庫がなくなりました。`
  )
}
