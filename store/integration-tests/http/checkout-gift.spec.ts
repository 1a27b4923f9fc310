import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../helpers/admin-token"
import { pickJapanVariant, readyCart, setStock, type JapanVariant } from "../helpers/checkout-cart"
import { seedShop, storeHeaders } from "../helpers/store-api"

jest.setTimeout(240 * 1000)

const weddingGift = {
  wrapping: "furoshiki",
  noshi: { purpose: "wedding", knot: "musubikiri", giver_name: "  佐藤 花子  " },
  hide_prices: true,
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    let piece: JapanVariant
    beforeAll(async () => {
      key = await seedShop(getContainer())
      piece = await pickJapanVariant(api, key, getContainer())
      await setStock(getContainer(), piece.inventoryItemId, 50)
    })

    const post = (url: string, body: object) =>
      api.post(url, body, { ...storeHeaders(key), validateStatus: () => true })

    async function emptyCart(): Promise<string> {
      const { data } = await api.post("/store/carts", { region_id: piece.regionId }, storeHeaders(key))
      return data.cart.id
    }

    describe("gift options on a cart line", () => {
      it("keeps furoshiki wrapping and a wedding noshi, the giver's name trimmed", async () => {
        const cartId = await emptyCart()
        const res = await post(`/store/carts/${cartId}/line-items`, {
          variant_id: piece.variantId,
          quantity: 1,
          metadata: { gift: weddingGift },
        })
        expect(res.status).toBe(200)
        expect(res.data.cart.items[0].metadata.gift).toEqual({
          wrapping: "furoshiki",
          noshi: { purpose: "wedding", knot: "musubikiri", giver_name: "佐藤 花子" },
          hide_prices: true,
        })
      })

      it.each([
        [
          "a bow (chouchou) on a condolence noshi",
          { wrapping: "standard", noshi: { purpose: "condolence", knot: "chouchou", giver_name: "Sato" }, hide_prices: false },
          /condolence noshi needs a musubikiri or awaji knot/,
        ],
        [
          "a bow (chouchou) on a wedding noshi",
          { wrapping: "standard", noshi: { purpose: "wedding", knot: "chouchou", giver_name: "Sato" }, hide_prices: false },
          /metadata\.gift\.noshi\.knot: a wedding noshi needs a musubikiri or awaji knot/,
        ],
        [
          "a giver's name of 31 characters",
          { wrapping: "standard", noshi: { purpose: "thanks", knot: "awaji", giver_name: "x".repeat(31) }, hide_prices: false },
          /giver_name must be at most 30 characters/,
        ],
        [
          "an empty giver's name",
          { wrapping: "standard", noshi: { purpose: "thanks", knot: "awaji", giver_name: "   " }, hide_prices: false },
          /giver_name .* must not be empty/,
        ],
        ["an unknown wrapping", { wrapping: "plastic", hide_prices: false }, /wrapping must be one of "none", "standard", "furoshiki"/],
        ["a missing hide_prices", { wrapping: "standard" }, /hide_prices must be true or false/],
        ["an unknown option", { wrapping: "none", hide_prices: false, ribbon: "red" }, /unknown option\(s\) "ribbon"/],
      ])("refuses %s with a 400 that says why", async (_label, gift, message) => {
        const cartId = await emptyCart()
        const res = await post(`/store/carts/${cartId}/line-items`, { variant_id: piece.variantId, quantity: 1, metadata: { gift } })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^Invalid gift options: /)
        expect(res.data.message).toMatch(message)
        const { data } = await api.get(`/store/carts/${cartId}`, storeHeaders(key))
        expect(data.cart.items).toHaveLength(0)
      })

      it("accepts a seasonal gift with a bow, and no noshi at all", async () => {
        const cartId = await emptyCart()
        const seasonal = { wrapping: "standard", noshi: { purpose: "seasonal", knot: "chouchou", giver_name: "Kanazawa Co." }, hide_prices: false }
        expect((await post(`/store/carts/${cartId}/line-items`, { variant_id: piece.variantId, quantity: 1, metadata: { gift: seasonal } })).status).toBe(200)
        const plain = await emptyCart()
        expect((await post(`/store/carts/${plain}/line-items`, { variant_id: piece.variantId, quantity: 1, metadata: { gift: { wrapping: "none", hide_prices: false } } })).status).toBe(200)
      })

      it("checks a line item update and a new cart's items too", async () => {
        const cartId = await emptyCart()
        const { data } = await post(`/store/carts/${cartId}/line-items`, { variant_id: piece.variantId, quantity: 1 })
        const lineId: string = data.cart.items[0].id
        const bad = await post(`/store/carts/${cartId}/line-items/${lineId}`, {
          quantity: 1,
          metadata: { gift: { wrapping: "standard", noshi: { purpose: "condolence", knot: "chouchou", giver_name: "Sato" }, hide_prices: true } },
        })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/condolence noshi needs a musubikiri or awaji knot/)
        const good = await post(`/store/carts/${cartId}/line-items/${lineId}`, {
          quantity: 1,
          metadata: { gift: { wrapping: "standard", noshi: { purpose: "condolence", knot: "musubikiri", giver_name: "Sato" }, hide_prices: true } },
        })
        expect(good.status).toBe(200)
        expect(good.data.cart.items[0].metadata.gift.noshi.knot).toBe("musubikiri")

        const newCart = await post("/store/carts", {
          region_id: piece.regionId,
          items: [{ variant_id: piece.variantId, quantity: 1, metadata: { gift: { wrapping: "gold", hide_prices: false } } }],
        })
        expect(newCart.status).toBe(400)
        expect(newCart.data.message).toMatch(/wrapping must be one of/)
      })

      it("shows the gift options on the placed order, to the shopper and to staff", async () => {
        const { cartId } = await readyCart(api, key, { ...piece, metadata: { gift: weddingGift } })
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(key))
        expect(completed.type).toBe("order")
        const orderId: string = completed.order.id

        const { data: mine } = await api.get(`/store/orders/${orderId}`, storeHeaders(key))
        expect(mine.order.items[0].metadata.gift).toMatchObject({
          wrapping: "furoshiki",
          noshi: { purpose: "wedding", knot: "musubikiri", giver_name: "佐藤 花子" },
          hide_prices: true,
        })
        const staff = await adminHeaders(api, getContainer())
        const { data: admin } = await api.get(`/admin/orders/${orderId}?fields=*items`, staff)
        expect(admin.order.items[0].metadata.gift.noshi.purpose).toBe("wedding")
      })
    })
  },
})
