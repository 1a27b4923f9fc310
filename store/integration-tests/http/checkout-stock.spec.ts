import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pickJapanVariant, readyCart, readyCarts, setStock, stockState, type JapanVariant } from "../helpers/checkout-cart"
import { seedShop, storeHeaders } from "../helpers/store-api"

// The machine is shared and slow under load: preparing 20 carts alone can take minutes.
jest.setTimeout(900 * 1000)

const ATTEMPTS = 20

type Outcome = { status: number; type?: string; message: string }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    let piece: JapanVariant
    beforeAll(async () => {
      key = await seedShop(getContainer())
      piece = await pickJapanVariant(api, key, getContainer())
    })

    async function complete(cartId: string): Promise<Outcome> {
      const response = await api
        .post(`/store/carts/${cartId}/complete`, {}, { ...storeHeaders(key), validateStatus: () => true })
      const body = response.data as { type?: string; message?: string; error?: { message?: string } }
      return { status: response.status, type: body.type, message: body.message ?? body.error?.message ?? "" }
    }

    describe("a one-of-a-kind piece (stock 1)", () => {
      it(`is sold once when ${ATTEMPTS} shoppers complete their checkout at the same moment`, async () => {
        const container = getContainer()
        await setStock(container, piece.inventoryItemId, 1)
        const carts = await readyCarts(api, key, piece, ATTEMPTS)

        const started = Date.now()
        const outcomes = await Promise.all(carts.map((id) => complete(id)))
        console.log(`${ATTEMPTS} concurrent completes: ${Date.now() - started} ms, statuses ${outcomes.map((o) => o.status).join(",")}`)

        const orders = outcomes.filter((o) => o.status === 200 && o.type === "order")
        const refused = outcomes.filter((o) => o.status >= 400 && o.status < 500)
        expect(outcomes.filter((o) => o.status >= 500)).toEqual([])
        expect(orders).toHaveLength(1)
        expect(refused).toHaveLength(ATTEMPTS - 1)
        for (const r of refused) expect(r.message).toMatch(/sold out/i)

        expect(await stockState(container, piece.inventoryItemId)).toEqual({ stocked: 1, reserved: 1, reservations: 1 })
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: placed } = await query.graph({
          entity: "order",
          fields: ["id", "items.variant_id"],
          filters: { email: carts.map((_, i) => `shopper${i}@example.jp`) },
        })
        expect(placed).toHaveLength(1)

        // A shopper who lost keeps a usable cart: it is not completed and can be changed.
        const loser = carts[outcomes.findIndex((o) => o.status >= 400)]!
        const { data } = await api.get(`/store/carts/${loser}`, storeHeaders(key))
        expect(data.cart.completed_at).toBeNull()
        const { data: updated } = await api.post(`/store/carts/${loser}`, { email: "changed@example.jp" }, storeHeaders(key))
        expect(updated.cart.email).toBe("changed@example.jp")
      })

      it("refuses a later checkout of the sold piece with a 4xx saying it is sold out", async () => {
        const container = getContainer()
        await setStock(container, piece.inventoryItemId, 1)
        const { cartId: first } = await readyCart(api, key, piece)
        const { cartId: second } = await readyCart(api, key, piece)
        expect((await complete(first)).type).toBe("order")
        const refused = await complete(second)
        expect(refused.status).toBe(400)
        expect(refused.message).toMatch(/sold out/i)
        expect(refused.message).toContain("売り切れ")
        expect(await stockState(container, piece.inventoryItemId)).toMatchObject({ reserved: 1, reservations: 1 })
      })

      it("sells two pieces of a stock-2 item to two of several concurrent shoppers", async () => {
        const container = getContainer()
        await setStock(container, piece.inventoryItemId, 2)
        const carts = await readyCarts(api, key, piece, 6)
        const outcomes = await Promise.all(carts.map((id) => complete(id)))
        expect(outcomes.filter((o) => o.type === "order")).toHaveLength(2)
        expect(outcomes.filter((o) => o.status === 400 && /sold out/i.test(o.message))).toHaveLength(4)
        expect(await stockState(container, piece.inventoryItemId)).toEqual({ stocked: 2, reserved: 2, reservations: 2 })
      })
    })
  },
})
