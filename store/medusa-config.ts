import { defineConfig, Modules } from "@medusajs/framework/utils"
import { env } from "./env"

type ModuleEntry = { key: string; resolve: string; options?: Record<string, unknown> }

/** Medusa's Redis-backed infrastructure modules, used when REDIS_URL is set (production). */
function redisModules(redisUrl: string): ModuleEntry[] {
  return [
    { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ]
}

/**
 * Stripe (pp_stripe_stripe; webhook POST /hooks/payment/stripe_stripe). With STRIPE_API_BASE_URL
 * (tests, offline development) the same provider talks to a local Stripe-API stand-in instead
 * (src/modules/stripe-local); production runs Medusa's provider unchanged.
 */
function stripeModule(apiKey: string, webhookSecret: string, apiBaseUrl: string | undefined): ModuleEntry {
  return {
    key: Modules.PAYMENT,
    resolve: "@medusajs/medusa/payment",
    options: {
      providers: [
        {
          resolve: apiBaseUrl ? "./src/modules/stripe-local" : "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: { apiKey, webhookSecret, capture: false, ...(apiBaseUrl ? { apiBaseUrl } : {}) },
        },
      ],
    },
  }
}

/**
 * Fulfillment providers: Medusa's manual one (domestic, flat prices) and ours, the international
 * courier priced by the parcel's weight band (`weight-band_courier`).
 */
const fulfillmentModule: ModuleEntry = {
  key: Modules.FULFILLMENT,
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "./src/modules/weight-band-fulfillment", id: "courier" },
    ],
  },
}

/** Product images of the seed and uploads: the local provider, served under the public backend URL. */
const fileModule: ModuleEntry = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: { backend_url: `${env.MEDUSA_BACKEND_URL.replace(/\/$/, "")}/static` },
      },
    ],
  },
}

/**
 * Medusa's Translation Module. `defineConfig` decides whether to load it before `featureFlags`
 * below are read, so with the flag alone it stays disabled: it is listed here explicitly.
 */
const translationModule: ModuleEntry = { key: Modules.TRANSLATION, resolve: "@medusajs/medusa/translation" }

/** Artisans' accounts (our module) and e-mails through the Notification Module (local provider logs them). */
const artisanModules: ModuleEntry[] = [
  { key: "artisan", resolve: "./src/modules/artisan" },
  {
    key: Modules.NOTIFICATION,
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [
        {
          resolve: "@medusajs/medusa/notification-local",
          id: "local",
          options: { name: "Local notifications (logged)", channels: ["email", "feed"] },
        },
      ],
    },
  },
]

const modules: ModuleEntry[] = [
  ...artisanModules,
  fulfillmentModule,
  fileModule,
  translationModule,
  ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : []),
  ...(env.STRIPE_API_KEY && env.STRIPE_WEBHOOK_SECRET
    ? [stripeModule(env.STRIPE_API_KEY, env.STRIPE_WEBHOOK_SECRET, env.STRIPE_API_BASE_URL)]
    : []),
]

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseDriverOptions: env.DATABASE_SSL
      ? { connection: { ssl: { rejectUnauthorized: false } } }
      : { connection: { ssl: false } },
    redisUrl: env.REDIS_URL,
    // Medusa marks the admin's session cookie Secure in production, which a browser never returns
    // over plain http (the local `npm start`); behind TLS the public URL is https and it stays Secure.
    cookieOptions: { secure: new URL(env.MEDUSA_BACKEND_URL).protocol === "https:" },
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.MEDUSA_ADMIN_DISABLED,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules,
  // Medusa's Translation Module: store routes answer `?locale=ja-JP` with translated product texts.
  featureFlags: { translation: true },
})
