import { z } from 'zod'

/**
 * Environment of the storefront, parsed once. The rest of the app imports `env`, never
 * `process.env`. (Payload's own variables are parsed by cms/env.ts.)
 */

const MIN_SECRET_LENGTH = 32

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_PHASE: z.string().optional(),
  MEDUSA_BACKEND_URL: z.url().default('http://localhost:9000'),
  MEDUSA_PUBLISHABLE_KEY: z
    .string()
    .trim()
    .regex(/^pk_/, { error: 'MEDUSA_PUBLISHABLE_KEY must be a Medusa publishable key (pk_...)' })
    .optional(),
  REVALIDATE_SECRET: z.string().trim().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
})

export type StorefrontEnv = {
  medusaBackendUrl: string
  medusaPublishableKey: string | undefined
  revalidateSecret: string | undefined
  siteUrl: string
}

export class StorefrontEnvError extends Error {
  override name = 'StorefrontEnvError'
}

export function parseStorefrontEnv(source: Record<string, string | undefined>): StorefrontEnv {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    throw new StorefrontEnvError(
      `Invalid storefront environment: ${parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    )
  }
  const raw = parsed.data
  // `next build` collects pages in production mode without serving anyone: no secret is needed then.
  const serving = raw.NODE_ENV === 'production' && raw.NEXT_PHASE !== 'phase-production-build'
  if (serving) {
    if (!raw.MEDUSA_PUBLISHABLE_KEY) {
      throw new StorefrontEnvError(
        'MEDUSA_PUBLISHABLE_KEY is not set: the shop reads Medusa with a publishable key (pk_...).',
      )
    }
    if (!raw.REVALIDATE_SECRET || raw.REVALIDATE_SECRET.length < MIN_SECRET_LENGTH) {
      throw new StorefrontEnvError(
        `REVALIDATE_SECRET must be set to a random string of at least ${MIN_SECRET_LENGTH} characters in production.`,
      )
    }
  }
  return {
    medusaBackendUrl: raw.MEDUSA_BACKEND_URL.replace(/\/+$/, ''),
    medusaPublishableKey: raw.MEDUSA_PUBLISHABLE_KEY,
    revalidateSecret: raw.REVALIDATE_SECRET || undefined,
    siteUrl: raw.SITE_URL.replace(/\/+$/, ''),
  }
}

export const env: StorefrontEnv = parseStorefrontEnv(process.env)
