import { randomBytes } from "node:crypto"
import { z } from "@medusajs/framework/zod"

/**
 * The schema of the commerce server's configuration. `env.ts` parses it once at start;
 * tests use `parseStoreEnv` to check other environments (docker-compose.yml).
 */

const WEAK_SECRETS = new Set(["supersecret", "secret", "changeme", "change-me", "password"])

type Context = { production: boolean; building: boolean }

/** In production a secret must be set, long and not a well-known default. */
const secret = (name: string, context: Context) =>
  z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (!context.production || context.building) return
      if (!value) {
        ctx.addIssue({ code: "custom", message: `${name} is required in production` })
      } else if (value.length < 32 || WEAK_SECRETS.has(value.toLowerCase())) {
        ctx.addIssue({
          code: "custom",
          message: `${name} must be a random value of at least 32 characters, not a default`,
        })
      }
    })
    // Development and test only: a per-process random value, never a fixed default.
    .transform((value) => value ?? randomBytes(32).toString("hex"))

/** Compose and shells pass unset optional variables as empty strings: treat those as absent. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional())

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1")

function schemaFor(context: Context) {
  return z
    .object({
      NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
      // Optional only while `medusa build` loads this file; every command that runs the server needs it.
      DATABASE_URL: z
        .string()
        .url({ message: "DATABASE_URL must be a postgres:// URL" })
        .optional()
        .refine((value) => value !== undefined || context.building, {
          message: "DATABASE_URL is required (postgres://user:password@host:port/database)",
        }),
      DATABASE_SSL: booleanFlag,
      REDIS_URL: optional(z.string().url()),
      JWT_SECRET: secret("JWT_SECRET", context),
      COOKIE_SECRET: secret("COOKIE_SECRET", context),
      STORE_CORS: z.string().default("http://localhost:3000"),
      ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
      AUTH_CORS: z.string().default("http://localhost:9000,http://localhost:5173,http://localhost:3000"),
      MEDUSA_BACKEND_URL: z.string().url().default("http://localhost:9000"),
      // Where the storefront answers POST /api/revalidate; unset = no cache revalidation (tests, tools).
      STOREFRONT_URL: optional(z.string().url()),
      REVALIDATE_SECRET: secret("REVALIDATE_SECRET", context),
      STRIPE_API_KEY: optional(z.string()),
      STRIPE_WEBHOOK_SECRET: optional(z.string()),
      // Tests and offline development only: a local Stripe-API stand-in (see src/modules/stripe-local).
      STRIPE_API_BASE_URL: optional(z.string().url()),
      MEDUSA_ADMIN_DISABLED: booleanFlag,
      MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
    })
    .superRefine((value, ctx) => {
      if (Boolean(value.STRIPE_API_KEY) !== Boolean(value.STRIPE_WEBHOOK_SECRET)) {
        ctx.addIssue({
          code: "custom",
          path: ["STRIPE_WEBHOOK_SECRET"],
          message: "STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET must be set together",
        })
      }
    })
}

export type StoreEnv = z.infer<ReturnType<typeof schemaFor>>

/**
 * Parses an environment. `medusa build` loads the config without serving anything, so it needs
 * no database URL or secrets; every other command does.
 */
export function parseStoreEnv(source: Record<string, string | undefined>, argv: string[] = process.argv): StoreEnv {
  const context: Context = {
    production: source.NODE_ENV === "production",
    building: argv.slice(2).includes("build"),
  }
  const result = schemaFor(context).safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`
    )
    throw new Error(`Invalid commerce server configuration:\n${lines.join("\n")}`)
  }
  return result.data
}
