import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureArtisans } from "../../src/scripts/seed/artisans"
import { japaneseAddress, seedShop, storeHeaders } from "../helpers/store-api"

jest.setTimeout(300 * 1000)

const PASSWORD = "kanazawa-demo-password-1"
type HttpError = { response?: { status: number; data: { message?: string; errors?: Array<{ field: string; message: string }> } } }
async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (error) {
    const response = (error as HttpError).response
    if (response) return response
  }
  throw new Error("the request was expected to fail")
}
type ArtisanOrder = {
  id: string
  display_id: number
  email: string
  items: Array<{ id: string; title: string; quantity: number; product_id: string }>
  shipped: boolean
  carrier: string | null
  tracking_number: string | null
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    let aya = { headers: { authorization: "" } }
    let ren = { headers: { authorization: "" } }
    let ayaVariant = ""
    let renVariant = ""
    let ayaProduct = ""

    async function login(handle: string) {
      const { data } = await api.post("/auth/artisan/emailpass", { email: `${handle}@artisans.ginza-kanazawa.jp`, password: PASSWORD })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }
    /** An artisan's product with stock to sell (made sure through the artisans' own route). */
    async function sellable(who: typeof aya) {
      const { data } = await api.get("/artisan/products", who)
      const product = data.products.find((p: { status: string; one_of_a_kind: boolean }) => p.status === "published" && !p.one_of_a_kind)
      await api.post(`/artisan/products/${product.id}`, { stock: 5 }, who)
      return product as { id: string; variant_id: string }
    }
    /** A guest checkout in Japan with the system payment provider; answers the order id. */
    async function checkout(variantIds: string[], email: string): Promise<string> {
      const h = storeHeaders(key)
      const { data: regions } = await api.get("/store/regions", h)
      const japan = regions.regions.find((r: { currency_code: string }) => r.currency_code === "jpy")
      const { data: created } = await api.post("/store/carts", { region_id: japan.id, email }, h)
      const cartId: string = created.cart.id
      for (const variant_id of variantIds) await api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity: 1 }, h)
      await api.post(`/store/carts/${cartId}`, { shipping_address: japaneseAddress, billing_address: japaneseAddress }, h)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
      const domestic = options.shipping_options.find((o: { name: string }) => /standard/i.test(o.name)) ?? options.shipping_options[0]
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: domestic.id }, h)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, h)
      expect(completed.type).toBe("order")
      return completed.order.id
    }

    beforeAll(async () => {
      key = await seedShop(getContainer())
      await ensureArtisans(getContainer(), PASSWORD)
      aya = await login("hoshino-aya")
      ren = await login("takeda-ren")
      const mine = await sellable(aya)
      ayaVariant = mine.variant_id
      ayaProduct = mine.id
      renVariant = (await sellable(ren)).variant_id
    })

    it("lists an order holding Aya's and Ren's pieces to each of them with only their own item", async () => {
      const orderId = await checkout([ayaVariant, renVariant], "mixed@example.jp")
      const { data } = await api.get("/artisan/orders", aya)
      const order = (data.orders as ArtisanOrder[]).find((o) => o.id === orderId)!
      expect(order).toMatchObject({ email: "mixed@example.jp", shipped: false, carrier: null, tracking_number: null })
      expect(order.items.map((i) => i.product_id)).toEqual([ayaProduct])
      const { data: theirs } = await api.get(`/artisan/orders/${orderId}`, ren)
      expect(theirs.order.items).toHaveLength(1)
      expect(theirs.order.items[0].product_id).not.toBe(ayaProduct)
    })

    it("ships Aya's items with a tracking number; the shopper's order then reads shipped", async () => {
      const orderId = await checkout([ayaVariant], "hanako@example.jp")
      expect((await failure(api.get(`/artisan/orders/${orderId}`, ren))).status).toBe(404)
      expect((await failure(api.post(`/artisan/orders/${orderId}/ship`, { carrier: "Yamato", tracking_number: "1234-5678" }, ren))).status).toBe(404)
      expect((await failure(api.post(`/artisan/orders/${orderId}/ship`, { carrier: "Yamato", tracking_number: "1234-5678" }))).status).toBe(401)
      expect((await failure(api.get("/artisan/orders"))).status).toBe(401)
      const bad = await failure(api.post(`/artisan/orders/${orderId}/ship`, { carrier: "", tracking_number: "??" }, aya))
      expect(bad.status).toBe(400)
      expect(bad.data.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(["carrier", "tracking_number"]))

      const { data } = await api.post(
        `/artisan/orders/${orderId}/ship`,
        { carrier: "Yamato Transport", tracking_number: "4470-1234-5678" },
        aya
      )
      expect(data.order).toMatchObject({ shipped: true, carrier: "Yamato Transport", tracking_number: "4470-1234-5678" })
      const { data: listed } = await api.get(`/artisan/orders/${orderId}`, aya)
      expect(listed.order.shipped).toBe(true)
      const again = await failure(api.post(`/artisan/orders/${orderId}/ship`, { carrier: "Yamato", tracking_number: "9999-0000" }, aya))
      expect(again.status).toBe(400)

      const { data: shopper } = await api.get(
        `/store/orders/${orderId}?fields=fulfillment_status,*fulfillments,*fulfillments.labels`,
        storeHeaders(key)
      )
      expect(shopper.order.fulfillment_status).toBe("shipped")
      expect(shopper.order.fulfillments[0].labels[0].tracking_number).toBe("4470-1234-5678")
    })
  },
})
