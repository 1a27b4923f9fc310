// Must come first: sets STRIPE_* before the server's env is parsed.
import { stripeTestEnv } from "../helpers/stripe-env"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { randomBytes } from "node:crypto"
import Stripe from "stripe"
import { pickJapanVariant, readyCart, setStock, type JapanVariant } from "../helpers/checkout-cart"
import { seedShop, storeHeaders } from "../helpers/store-api"
import { startStripeStandIn, type StandInIntent, type StripeStandIn } from "../helpers/stripe-stand-in"

jest.setTimeout(300 * 1000)

const WEBHOOK = "/hooks/payment/stripe_stripe"

let standIn: StripeStandIn
beforeAll(async () => {
  standIn = await startStripeStandIn(stripeTestEnv.port)
})
afterAll(async () => {
  await standIn?.close()
})

/** The SDK as the shop's browser side and Stripe itself would use it, pointed at the stand-in. */
const stripe = new Stripe(stripeTestEnv.apiKey, {
  host: "127.0.0.1",
  port: stripeTestEnv.port,
  protocol: "http",
  maxNetworkRetries: 0,
})

function signedEvent(type: string, intent: StandInIntent, secret = stripeTestEnv.webhookSecret) {
  const payload = JSON.stringify({
    id: `evt_${randomBytes(12).toString("hex")}`,
    object: "event",
    api_version: "2024-06-20",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: intent },
  })
  return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret }) }
}

async function ordersOf(container: MedusaContainer, email: string): Promise<Array<{ id: string; total: number }>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { email } })
  return data as Array<{ id: string; total: number }>
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, seconds = 90): Promise<T> {
  const until = Date.now() + seconds * 1000
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** Medusa queues a webhook for 5 s before processing it; give a second event time to (not) act. */
const afterWebhookProcessing = () => new Promise((r) => setTimeout(r, 12_000))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    let piece: JapanVariant
    beforeAll(async () => {
      key = await seedShop(getContainer())
      piece = await pickJapanVariant(api, key, getContainer())
      await setStock(getContainer(), piece.inventoryItemId, 50)
      // The demo seed offers the system provider only; a shop with Stripe keys offers Stripe in Japan.
      await updateRegionsWorkflow(getContainer()).run({
        input: {
          selector: { id: piece.regionId },
          update: { payment_providers: ["pp_system_default", "pp_stripe_stripe"] },
        },
      })
    })

    const postWebhook = (body: string, signature?: string) =>
      api.post(WEBHOOK, body, {
        headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
        validateStatus: () => true,
        transformRequest: [(data: string) => data],
      })

    /** A cart paying with Stripe; returns the PaymentIntent Medusa created for it. */
    async function stripeCart(email: string): Promise<{ cartId: string; intent: StandInIntent; total: number }> {
      const { cartId } = await readyCart(api, key, piece, { providerId: "pp_stripe_stripe", email })
      const { data } = await api.get(
        `/store/carts/${cartId}?fields=total,*payment_collection.payment_sessions`,
        storeHeaders(key)
      )
      const session = data.cart.payment_collection.payment_sessions[0] as { id: string; data: { id: string } }
      const intent = standIn.intents.get(session.data.id)
      if (!intent) throw new Error(`no PaymentIntent ${session.data.id} in the stand-in`)
      expect(intent.metadata.session_id).toBe(session.id)
      return { cartId, intent, total: data.cart.total }
    }

    /** What Stripe.js does in the shopper's browser when they pay by card. */
    async function payByCard(intent: StandInIntent): Promise<StandInIntent> {
      await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
      return standIn.intents.get(intent.id)!
    }

    describe("Stripe (pp_stripe_stripe) against the local Stripe API", () => {
      it("creates a PaymentIntent for the cart's total in JPY, to be captured later", async () => {
        const { intent, total } = await stripeCart("pi@example.jp")
        // JPY has no minor unit: ¥39,600 is 39600 for Stripe as for Medusa.
        expect(intent).toMatchObject({ amount: total, currency: "jpy", capture_method: "manual", status: "requires_payment_method" })
        expect(standIn.calls).toContain("POST /v1/payment_intents")
      })

      it("places the order when Stripe reports the payment authorized, and only once for a repeated event", async () => {
        const email = `authorized-${randomBytes(3).toString("hex")}@example.jp`
        const { cartId, intent } = await stripeCart(email)
        const authorized = await payByCard(intent)
        expect(authorized.status).toBe("requires_capture")

        const event = signedEvent("payment_intent.amount_capturable_updated", authorized)
        expect((await postWebhook(event.payload, event.signature)).status).toBe(200)
        const [order] = await waitFor("the order", async () => {
          const orders = await ordersOf(getContainer(), email)
          return orders.length ? orders : undefined
        })
        // The order row appears a moment before the workflow authorizes the payment.
        const paid = await waitFor("the authorization", async () => {
          const { data } = await api.get(`/store/orders/${order!.id}?fields=+payment_status`, storeHeaders(key))
          return data.order.payment_status === "authorized" ? data.order : undefined
        })
        expect(paid.payment_status).toBe("authorized")
        const { data: cart } = await api.get(`/store/carts/${cartId}`, storeHeaders(key))
        expect(cart.cart.completed_at).not.toBeNull()

        // Stripe delivers at least once: the same event again (and again) changes nothing.
        expect((await postWebhook(event.payload, event.signature)).status).toBe(200)
        expect((await postWebhook(event.payload, event.signature)).status).toBe(200)
        await afterWebhookProcessing()
        expect(await ordersOf(getContainer(), email)).toHaveLength(1)
      })

      it("places the order, payment captured, on payment_intent.succeeded", async () => {
        const email = `succeeded-${randomBytes(3).toString("hex")}@example.jp`
        const { intent } = await stripeCart(email)
        await payByCard(intent)
        await stripe.paymentIntents.capture(intent.id)
        const captured = standIn.intents.get(intent.id)!
        expect(captured.status).toBe("succeeded")

        const event = signedEvent("payment_intent.succeeded", captured)
        expect((await postWebhook(event.payload, event.signature)).status).toBe(200)
        const [order] = await waitFor("the order", async () => {
          const orders = await ordersOf(getContainer(), email)
          return orders.length ? orders : undefined
        })
        const paid = await waitFor("the capture", async () => {
          const { data } = await api.get(`/store/orders/${order!.id}?fields=+payment_status`, storeHeaders(key))
          return data.order.payment_status === "captured" ? data.order : undefined
        })
        expect(paid.payment_status).toBe("captured")
      })

      it("rejects a forged or unsigned webhook with a 400, and places no order", async () => {
        const email = `forged-${randomBytes(3).toString("hex")}@example.jp`
        const { cartId, intent } = await stripeCart(email)
        const authorized = await payByCard(intent)

        const forged = signedEvent("payment_intent.amount_capturable_updated", authorized, "whsec_not_the_shops_secret")
        const refused = await postWebhook(forged.payload, forged.signature)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/signature/i)
        const unsigned = await postWebhook(forged.payload)
        expect(unsigned.status).toBe(400)

        // A signed body that was tampered with after signing is refused too.
        const genuine = signedEvent("payment_intent.amount_capturable_updated", authorized)
        const tampered = genuine.payload.replace(`"amount":${authorized.amount}`, `"amount":1`)
        expect(tampered).not.toBe(genuine.payload)
        expect((await postWebhook(tampered, genuine.signature)).status).toBe(400)

        await afterWebhookProcessing()
        expect(await ordersOf(getContainer(), email)).toHaveLength(0)
        const { data } = await api.get(`/store/carts/${cartId}`, storeHeaders(key))
        expect(data.cart.completed_at).toBeNull()
      })

      it("completes a Stripe checkout from the storefront (POST /store/carts/:id/complete) after the card is confirmed", async () => {
        const email = `complete-${randomBytes(3).toString("hex")}@example.jp`
        const { cartId, intent } = await stripeCart(email)
        await payByCard(intent)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(key))
        expect(data.type).toBe("order")
        const { data: mine } = await api.get(`/store/orders/${data.order.id}?fields=+payment_status`, storeHeaders(key))
        expect(mine.order.payment_status).toBe("authorized")
        expect(standIn.intents.get(intent.id)?.status).toBe("requires_capture")
      })
    })
  },
})
