import type { AxiosInstance } from "axios"
import { storeHeaders } from "./store-api"

type Client = Pick<AxiosInstance, "get" | "post">

export const usAddress = {
  first_name: "Emily",
  last_name: "Clark",
  address_1: "200 Park Avenue",
  city: "New York",
  province: "NY",
  postal_code: "10166",
  country_code: "us",
  phone: "+1 212 000 0000",
}

export const germanAddress = {
  first_name: "Lena",
  last_name: "Weber",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
  phone: "+49 30 000000",
}

export type SeededRegion = { id: string; name: string; currency_code: string; metadata: Record<string, unknown> | null }

export async function regionsByName(api: Client, key: string): Promise<Map<string, SeededRegion>> {
  const { data } = await api.get("/store/regions?fields=id,name,currency_code,metadata", storeHeaders(key))
  return new Map((data.regions as SeededRegion[]).map((r) => [r.name, r]))
}

/** The variant ids of a product, by SKU. */
export async function variantIds(api: Client, key: string, handle: string): Promise<Map<string, string>> {
  const { data } = await api.get(`/store/products?handle=${handle}&fields=id,*variants`, storeHeaders(key))
  const product = (data.products as Array<{ variants: Array<{ id: string; sku: string }> }>)[0]
  if (!product) throw new Error(`no product ${handle}`)
  return new Map(product.variants.map((v) => [v.sku, v.id]))
}

/** A guest cart in `regionId` shipping to `address`, holding the given variants. Returns its id. */
export async function cartWith(
  api: Client,
  key: string,
  regionId: string,
  address: Record<string, string>,
  items: Array<{ variantId: string; quantity: number }>
): Promise<string> {
  const h = storeHeaders(key)
  const { data } = await api.post("/store/carts", { region_id: regionId }, h)
  const cartId: string = data.cart.id
  for (const item of items) {
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: item.variantId, quantity: item.quantity }, h)
  }
  await api.post(
    `/store/carts/${cartId}`,
    { email: "shopper@example.com", shipping_address: address, billing_address: address },
    h
  )
  return cartId
}

export type ShippingQuote = { id: string; name: string; amount: number }

/** The cart's shipping options with their price: flat prices as listed, calculated ones through `/calculate`. */
export async function shippingQuotes(api: Client, key: string, cartId: string): Promise<ShippingQuote[]> {
  const h = storeHeaders(key)
  const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
  const options = data.shipping_options as Array<{ id: string; name: string; price_type: string; amount?: number }>
  const quotes: ShippingQuote[] = []
  for (const option of options) {
    if (option.price_type === "calculated") {
      const { data: calculated } = await api.post(`/store/shipping-options/${option.id}/calculate`, { cart_id: cartId }, h)
      quotes.push({ id: option.id, name: option.name, amount: calculated.shipping_option.amount })
    } else {
      quotes.push({ id: option.id, name: option.name, amount: Number(option.amount) })
    }
  }
  return quotes
}
