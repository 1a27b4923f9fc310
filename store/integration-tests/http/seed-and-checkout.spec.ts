import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { japaneseAddress, seedShop, storeHeaders } from "../helpers/store-api"

jest.setTimeout(180 * 1000)

type Region = { id: string; name: string; currency_code: string; countries: Array<{ iso_2: string }> }
type Price = { calculated_amount: number; currency_code: string; is_calculated_price_tax_inclusive: boolean }
type Variant = { id: string; inventory_quantity: number; calculated_price: Price }
type Product = { id: string; handle: string; title: string; variants: Variant[] }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    beforeAll(async () => {
      key = await seedShop(getContainer())
    })

    async function regions(): Promise<Region[]> {
      const { data } = await api.get("/store/regions?fields=*countries", storeHeaders(key))
      return data.regions
    }
    async function product(handle: string, regionId: string): Promise<Product> {
      const { data } = await api.get(
        `/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity`,
        storeHeaders(key)
      )
      expect(data.products).toHaveLength(1)
      return data.products[0]
    }

    describe("the seeded shop", () => {
      it("sells in Japan (JPY), the United States (USD) and Europe (EUR)", async () => {
        const byName = new Map((await regions()).map((r) => [r.name, r]))
        expect(byName.get("Japan")?.currency_code).toBe("jpy")
        expect(byName.get("Japan")?.countries.map((c) => c.iso_2)).toEqual(["jp"])
        expect(byName.get("United States")?.currency_code).toBe("usd")
        expect(byName.get("Europe")?.currency_code).toBe("eur")
        expect(byName.get("Europe")?.countries.map((c) => c.iso_2)).toEqual(expect.arrayContaining(["de", "fr", "gb"]))
      })

      it("prices a Kutani plate at ¥38,500 including consumption tax, and at $260", async () => {
        const all = new Map((await regions()).map((r) => [r.name, r.id]))
        const jp = await product("kutani-gosai-plate", all.get("Japan")!)
        expect(jp.variants[0]!.calculated_price).toMatchObject({
          calculated_amount: 38500,
          currency_code: "jpy",
          is_calculated_price_tax_inclusive: true,
        })
        const us = await product("kutani-gosai-plate", all.get("United States")!)
        expect(us.variants[0]!.calculated_price).toMatchObject({ calculated_amount: 260, currency_code: "usd" })
      })

      it("lists at least 12 published products, each tagged with its artisan", async () => {
        const { data } = await api.get("/store/products?limit=100&fields=handle,*tags,metadata", storeHeaders(key))
        expect(data.count).toBeGreaterThanOrEqual(12)
        for (const p of data.products as Array<{ tags: Array<{ value: string }>; metadata: Record<string, unknown> }>) {
          expect(p.tags.map((t) => t.value)).toContain(`artisan:${p.metadata.artisan_handle}`)
          expect(typeof p.metadata.title_ja).toBe("string")
        }
      })

      it("adds nothing when the seed runs a second time", async () => {
        const before = (await api.get("/store/products?limit=1", storeHeaders(key))).data.count
        const secondKey = await seedShop(getContainer())
        const after = (await api.get("/store/products?limit=1", storeHeaders(key))).data.count
        expect(secondKey).toBe(key)
        expect(after).toBe(before)
        expect((await regions()).length).toBe(4)
      })
    })

    describe("a guest checkout with the system payment provider", () => {
      it("places an order and the plate's available stock goes down by one", async () => {
        const japan = (await regions()).find((r) => r.name === "Japan")!
        const plate = await product("kutani-gosai-plate", japan.id)
        const variant = plate.variants[0]!
        const stockBefore = variant.inventory_quantity

        const h = storeHeaders(key)
        const { data: created } = await api.post("/store/carts", { region_id: japan.id }, h)
        const cartId: string = created.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 1 }, h)
        await api.post(
          `/store/carts/${cartId}`,
          { email: "hanako@example.jp", shipping_address: japaneseAddress, billing_address: japaneseAddress },
          h
        )
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
        const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard delivery"))
        expect(standard).toBeDefined()
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, h)
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, h)
        await api.post(
          `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          h
        )
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, h)

        expect(completed.type).toBe("order")
        expect(completed.order.email).toBe("hanako@example.jp")
        expect(completed.order.currency_code).toBe("jpy")
        // ¥38,500 for the plate, tax included; delivery is free from ¥30,000.
        expect(completed.order.total).toBe(38500)
        const after = await product("kutani-gosai-plate", japan.id)
        expect(after.variants[0]!.inventory_quantity).toBe(stockBefore - 1)
      })
    })
  },
})
