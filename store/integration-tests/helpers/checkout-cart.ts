import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { japaneseAddress, storeHeaders } from "./store-api"

/** The test runner's HTTP client (axios, pointed at the app under test). */
export type StoreClient = Pick<AxiosInstance, "get" | "post">

export type JapanVariant = { regionId: string; variantId: string; inventoryItemId: string }

/** The Japan region and the first variant of a seeded product that manages its inventory. */
export async function pickJapanVariant(api: StoreClient, key: string, container: MedusaContainer): Promise<JapanVariant> {
  const h = storeHeaders(key)
  const { data: regions } = await api.get("/store/regions", h)
  const japan = (regions.regions as Array<{ id: string; currency_code: string }>).find((r) => r.currency_code === "jpy")
  if (!japan) throw new Error("the seed made no JPY region")
  const { data } = await api.get(
    `/store/products?limit=100&region_id=${japan.id}&fields=id,handle,*variants,variants.manage_inventory`,
    h
  )
  const products = data.products as Array<{ variants: Array<{ id: string; manage_inventory: boolean }> }>
  const variant = products.flatMap((p) => p.variants).find((v) => v.manage_inventory)
  if (!variant) throw new Error("no seeded variant manages its inventory")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: variant.id },
  })
  const inventoryItemId = (links[0] as { inventory_items?: Array<{ inventory_item_id: string }> } | undefined)
    ?.inventory_items?.[0]?.inventory_item_id
  if (!inventoryItemId) throw new Error(`variant ${variant.id} has no inventory item`)
  return { regionId: japan.id, variantId: variant.id, inventoryItemId }
}

/** Re-throws an HTTP error of a preparation step with the server's message, which axios leaves out. */
async function step<T>(what: string, request: Promise<T>): Promise<T> {
  try {
    return await request
  } catch (error) {
    const body = (error as { response?: { status?: number; data?: { message?: string } } }).response
    throw new Error(`${what}: ${body?.status ?? ""} ${body?.data?.message ?? String(error)}`)
  }
}

/** Leaves exactly `stocked` units of the item, all at one location, and no reservation. */
export async function setStock(container: MedusaContainer, inventoryItemId: string, stocked: number): Promise<void> {
  const inventory = container.resolve(Modules.INVENTORY)
  const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
  if (reservations.length) await inventory.deleteReservationItems(reservations.map((r) => r.id))
  const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
  await inventory.updateInventoryLevels(
    levels.map((level, index) => ({
      inventory_item_id: inventoryItemId,
      location_id: level.location_id,
      stocked_quantity: index === 0 ? stocked : 0,
    }))
  )
}

export type StockState = { stocked: number; reserved: number; reservations: number }

export async function stockState(container: MedusaContainer, inventoryItemId: string): Promise<StockState> {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ inventory_item_id: inventoryItemId })
  const reservations = await inventory.listReservationItems({ inventory_item_id: inventoryItemId })
  return {
    stocked: levels.reduce((sum, l) => sum + Number(l.stocked_quantity), 0),
    reserved: levels.reduce((sum, l) => sum + Number(l.reserved_quantity), 0),
    reservations: reservations.length,
  }
}

export type CartOptions = {
  providerId?: string
  email?: string
  /** Reuse a shipping option id found for an earlier cart of the same region (saves a request). */
  shippingOptionId?: string
}

/**
 * A guest cart in Japan holding one unit of the variant, with an address, a delivery method and a
 * payment session of the given provider: ready for POST /store/carts/:id/complete.
 */
export async function readyCart(
  api: StoreClient,
  key: string,
  item: { regionId: string; variantId: string; metadata?: Record<string, unknown> },
  options: CartOptions = {}
): Promise<{ cartId: string; shippingOptionId: string }> {
  const h = storeHeaders(key)
  const { data: created } = await step("create the cart", api.post(
    "/store/carts",
    {
      region_id: item.regionId,
      email: options.email ?? "hanako@example.jp",
      shipping_address: japaneseAddress,
      billing_address: japaneseAddress,
      items: [{ variant_id: item.variantId, quantity: 1, ...(item.metadata ? { metadata: item.metadata } : {}) }],
    },
    h
  ))
  const cartId: string = created.cart.id
  let shippingOptionId = options.shippingOptionId
  if (!shippingOptionId) {
    const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
    shippingOptionId = (data.shipping_options as Array<{ id: string }>)[0]?.id
    if (!shippingOptionId) throw new Error(`no shipping option for cart ${cartId}`)
  }
  await step("choose the delivery", api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shippingOptionId }, h))
  const { data: collection } = await step(
    "create the payment collection",
    api.post("/store/payment-collections", { cart_id: cartId }, h)
  )
  await step(
    "start the payment session",
    api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: options.providerId ?? "pp_system_default" },
      h
    )
  )
  return { cartId, shippingOptionId }
}

/** `count` ready carts of the same item, prepared a few at a time; emails shopper0@…, shopper1@… */
export async function readyCarts(
  api: StoreClient,
  key: string,
  item: { regionId: string; variantId: string },
  count: number,
  concurrency = 4
): Promise<string[]> {
  const first = await readyCart(api, key, item, { email: "shopper0@example.jp" })
  const carts: string[] = [first.cartId]
  for (let start = 1; start < count; start += concurrency) {
    const batch = Array.from({ length: Math.min(concurrency, count - start) }, (_, i) => start + i)
    const made = await Promise.all(
      batch.map((n) =>
        readyCart(api, key, item, { email: `shopper${n}@example.jp`, shippingOptionId: first.shippingOptionId })
      )
    )
    carts.push(...made.map((m) => m.cartId))
  }
  return carts
}
