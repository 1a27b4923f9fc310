import express, { type Express, type Request, type Response } from "express"
import { randomBytes } from "node:crypto"
import type { AddressInfo } from "node:net"
import type { Server } from "node:http"

/**
 * A local Stripe API for the tests, reached through the official `stripe` SDK.
 * `stripe-stateful-mock` (npm) serves customers, charges, refunds and the like but has no
 * PaymentIntents, which Medusa's Stripe provider uses for everything; this adds a small stateful
 * PaymentIntents API in front of it, with Stripe's own paths, statuses and error shape:
 *   POST /v1/payment_intents, GET|POST /v1/payment_intents/:id, POST .../confirm|capture|cancel.
 * A confirmed intent of capture_method "manual" waits in requires_capture, as with a real card.
 */

export type StandInIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: "automatic" | "manual"
  client_secret: string
  created: number
  customer: string | null
  description: string | null
  last_payment_error: null
  latest_charge: string | null
  livemode: false
  metadata: Record<string, string>
  payment_method: string | null
  payment_method_types: string[]
  status:
    | "requires_payment_method"
    | "requires_confirmation"
    | "requires_action"
    | "processing"
    | "requires_capture"
    | "canceled"
    | "succeeded"
}

export type StripeStandIn = {
  url: string
  intents: Map<string, StandInIntent>
  /** Every request the SDK made, "METHOD /path". */
  calls: string[]
  close: () => Promise<void>
}

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

type Params = Record<string, unknown>
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined)
const int = (value: unknown): number | undefined => {
  const n = typeof value === "string" ? Number(value) : typeof value === "number" ? value : NaN
  return Number.isInteger(n) ? n : undefined
}
const stringRecord = (value: unknown): Record<string, string> => {
  if (typeof value !== "object" || value === null) return {}
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"))
}

function stripeError(res: Response, status: number, code: string, message: string, intent?: StandInIntent) {
  res.status(status).json({ error: { type: "invalid_request_error", code, message, payment_intent: intent } })
}

function intentsRouter(intents: Map<string, StandInIntent>): express.Router {
  const router = express.Router()
  const find = (req: Request, res: Response): StandInIntent | undefined => {
    const intent = intents.get(String(req.params.id))
    if (!intent) stripeError(res, 404, "resource_missing", `No such payment_intent: '${req.params.id}'`)
    return intent
  }

  router.post("/v1/payment_intents", (req, res) => {
    const body = req.body as Params
    const amount = int(body.amount)
    const currency = str(body.currency)
    if (amount === undefined || amount < 1 || !currency) {
      stripeError(res, 400, "parameter_missing", "amount (a positive integer) and currency are required")
      return
    }
    const intent: StandInIntent = {
      id: id("pi"),
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency: currency.toLowerCase(),
      capture_method: str(body.capture_method) === "manual" ? "manual" : "automatic",
      client_secret: "",
      created: Math.floor(Date.now() / 1000),
      customer: str(body.customer) ?? null,
      description: str(body.description) ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: stringRecord(body.metadata),
      payment_method: null,
      payment_method_types: Array.isArray(body.payment_method_types)
        ? body.payment_method_types.filter((t): t is string => typeof t === "string")
        : ["card"],
      status: "requires_payment_method",
    }
    intent.client_secret = `${intent.id}_secret_${randomBytes(8).toString("hex")}`
    intents.set(intent.id, intent)
    res.json(intent)
  })

  router.get("/v1/payment_intents/:id", (req, res) => {
    const intent = find(req, res)
    if (intent) res.json(intent)
  })

  router.post("/v1/payment_intents/:id", (req, res) => {
    const intent = find(req, res)
    if (!intent) return
    const body = req.body as Params
    const amount = int(body.amount)
    if (amount !== undefined) intent.amount = amount
    if (body.metadata) intent.metadata = { ...intent.metadata, ...stringRecord(body.metadata) }
    res.json(intent)
  })

  // What the shopper's browser does through Stripe.js: a test card confirms the intent.
  router.post("/v1/payment_intents/:id/confirm", (req, res) => {
    const intent = find(req, res)
    if (!intent) return
    if (!["requires_payment_method", "requires_confirmation"].includes(intent.status)) {
      stripeError(res, 400, "payment_intent_unexpected_state", `This PaymentIntent's status is ${intent.status}`, intent)
      return
    }
    intent.payment_method = str((req.body as Params).payment_method) ?? "pm_card_visa"
    intent.latest_charge = id("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    res.json(intent)
  })

  router.post("/v1/payment_intents/:id/capture", (req, res) => {
    const intent = find(req, res)
    if (!intent) return
    if (intent.status !== "requires_capture") {
      stripeError(res, 400, "payment_intent_unexpected_state", `This PaymentIntent's status is ${intent.status}`, intent)
      return
    }
    const amount = int((req.body as Params).amount_to_capture) ?? intent.amount_capturable
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    res.json(intent)
  })

  router.post("/v1/payment_intents/:id/cancel", (req, res) => {
    const intent = find(req, res)
    if (!intent) return
    if (intent.status === "succeeded") {
      stripeError(res, 400, "payment_intent_unexpected_state", "You cannot cancel this PaymentIntent because it has a status of succeeded", intent)
      return
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    res.json(intent)
  })
  return router
}

/** Starts the stand-in on `port` (0: any free port) of 127.0.0.1. */
export async function startStripeStandIn(port = 0): Promise<StripeStandIn> {
  // stripe-stateful-mock ships no type declarations; its entry point exports createExpressApp.
  const mock = require("stripe-stateful-mock") as { createExpressApp: () => Express }
  const intents = new Map<string, StandInIntent>()
  const calls: string[] = []
  const app = express()
  app.use((req, _res, next) => {
    calls.push(`${req.method} ${req.path}`)
    next()
  })
  app.use(express.urlencoded({ extended: true }))
  app.use((req, res, next) => {
    const auth = req.header("authorization") ?? ""
    if (!/^Bearer sk_test_/.test(auth)) {
      res.status(401).json({ error: { type: "invalid_request_error", message: "Invalid API Key provided" } })
      return
    }
    next()
  })
  app.use(intentsRouter(intents))
  app.use(mock.createExpressApp())
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, "127.0.0.1", () => resolve(s))
  })
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}`,
    intents,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
