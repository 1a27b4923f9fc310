import { z } from "@medusajs/framework/zod"

/**
 * The commerce server's configuration, parsed once. Every other file imports `env`
 * from here and never reads `process.env` itself.
 */

const WEAK_SECRETS = new Set(["supersecret", "secret", "changeme", "password"])

const isProduction = process.env.NODE_ENV === "production"
const isBuildCommand = process.argv.slice(2).includes("build")

/** In production a secret must be set, long and not a well-known default. */
const secret = (name: string) =>
  z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (!isProduction) return
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
    .transform((value) => value ?? randomDevSecret())

function randomDevSecret(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("node:crypto").randomBytes(32).toString("hex") as string
}

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1")

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Optional only while `medusa build` loads this file; every command that runs the server needs it.
    DATABASE_URL: z
      .string()
      .url({ message: "DATABASE_URL must be a postgres:// URL" })
      .optional()
      .refine((value) => value !== undefined || isBuildCommand, {
        message: "DATABASE_URL is required (postgres://user:password@host:port/database)",
      }),
    DATABASE_SSL: booleanFlag,
    REDIS_URL: z.string().url().optional(),
    JWT_SECRET: secret("JWT_SECRET"),
    COOKIE_SECRET: secret("COOKIE_SECRET"),
    STORE_CORS: z.string().default("http://localhost:3000"),
    ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
    AUTH_CORS: z.string().default("http://localhost:9000,http://localhost:5173,http://localhost:3000"),
    MEDUSA_BACKEND_URL: z.string().url().default("http://localhost:9000"),
    STOREFRONT_URL: z.string().url().default("http://localhost:3000"),
    REVALIDATE_SECRET: secret("REVALIDATE_SECRET"),
    STRIPE_API_KEY: z.string().min(1).optional(),
    STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
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

export type StoreEnv = z.infer<typeof schema>

export function parseStoreEnv(source: NodeJS.ProcessEnv): StoreEnv {
  const result = schema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`
    )
    throw new Error(`Invalid commerce server configuration:\n${lines.join("\n")}`)
  }
  return result.data
}

export const env = parseStoreEnv(process.env)
