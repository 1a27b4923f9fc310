import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { pickJapanVariant, readyCart, setStock, type JapanVariant } from "../helpers/checkout-cart"
import { seedShop, storeHeaders } from "../helpers/store-api"

jest.setTimeout(300 * 1000)

type Answer = { status: number; data: { order?: Record<string, unknown>; type?: string; message?: string } }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    let piece: JapanVariant
    let shippingOptionId: string | undefined
    beforeAll(async () => {
      key = await seedShop(getContainer())
      piece = await pickJapanVariant(api, key, getContainer())
      await setStock(getContainer(), piece.inventoryItemId, 20)
    })

    /** A guest order in Japan; answers its id and the short number the shopper is shown. */
    async function placeOrder(email: string): Promise<{ id: string; displayId: number }> {
      const ready = await readyCart(api, key, piece, { email, shippingOptionId })
      shippingOptionId = ready.shippingOptionId
      const { data } = await api.post(`/store/carts/${ready.cartId}/complete`, {}, storeHeaders(key))
      expect(data.type).toBe("order")
      return { id: data.order.id, displayId: data.order.display_id }
    }

    async function lookup(body: unknown, headers: Record<string, string> = storeHeaders(key).headers): Promise<Answer> {
      const response = await api.post("/store/order-lookup", body, { headers, validateStatus: () => true })
      return { status: response.status, data: response.data }
    }

    it("finds a guest's order by email and short number, answering its id and nothing else", async () => {
      const order = await placeOrder("Hanako.Lookup@Example.jp")
      expect(order.displayId).toEqual(expect.any(Number))
      const found = await lookup({ email: "  hanako.lookup@example.JP ", display_id: order.displayId })
      expect(found.status).toBe(200)
      expect(found.data).toEqual({ order: { id: order.id } })
    })

    it("answers a wrong email and an unknown number with the same 404", async () => {
      const order = await placeOrder("kenji.lookup@example.jp")
      const wrongEmail = await lookup({ email: "someone-else@example.jp", display_id: order.displayId })
      const unknownNumber = await lookup({ email: "kenji.lookup@example.jp", display_id: order.displayId + 1000 })
      expect(wrongEmail.status).toBe(404)
      expect(unknownNumber.status).toBe(404)
      expect(wrongEmail.data).toEqual(unknownNumber.data)
      expect(wrongEmail.data.message).toBe("No order matches this email and order number.")
      expect(wrongEmail.data.order).toBeUndefined()
    })

    it.each([
      ["a number written as text", { email: "a@example.jp", display_id: "12" }, /display_id/],
      ["a number with #", { email: "a@example.jp", display_id: "#12" }, /display_id/],
      ["zero", { email: "a@example.jp", display_id: 0 }, /display_id.*too small/],
      ["a fraction", { email: "a@example.jp", display_id: 1.5 }, /display_id/],
      ["a number beyond any order", { email: "a@example.jp", display_id: 2 ** 31 }, /display_id.*too big/],
      ["no number", { email: "a@example.jp" }, /display_id.*required/],
      ["no email", { display_id: 12 }, /email.*required/],
      ["not an email", { email: "hanako", display_id: 12 }, /enter a valid email address/],
      ["an unknown field", { email: "a@example.jp", display_id: 12, fields: "*items" }, /Unrecognized fields: 'fields'/],
    ])("refuses %s with a 400 that says what is wrong", async (_what, body, message) => {
      const answer = await lookup(body)
      expect(answer.status).toBe(400)
      expect(answer.data.message).toMatch(message)
    })

    it("needs the shop's publishable key", async () => {
      const answer = await lookup({ email: "a@example.jp", display_id: 1 }, {})
      expect(answer.status).toBe(400)
      expect(answer.data.message).toMatch(/publishable/i)
    })

    it("pauses an email after 10 misses, even for its right number", async () => {
      const email = "guesser.lookup@example.jp"
      const order = await placeOrder(email)
      for (let miss = 1; miss <= 10; miss++) {
        expect((await lookup({ email, display_id: order.displayId + 1000 + miss })).status).toBe(404)
      }
      const paused = await lookup({ email, display_id: order.displayId })
      expect(paused.status).toBe(429)
      expect(paused.data.message).toMatch(/wait 15 minutes/)
      expect(paused.data.order).toBeUndefined()
      // Another shopper's lookups go on.
      const other = await placeOrder("other.lookup@example.jp")
      expect((await lookup({ email: "other.lookup@example.jp", display_id: other.displayId })).status).toBe(200)
    })
  },
})
