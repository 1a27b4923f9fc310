import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

import { dataDir, repoRoot } from './paths'

/**
 * Environment of the CMS (Payload config, seed, tests), parsed once. The rest of `cms/` imports
 * `env` and never reads `process.env` itself.
 */

const MIN_SECRET_LENGTH = 32
/** Values copied from examples and templates: a production secret must never be one of these. */
const PLACEHOLDER_SECRETS = new Set([
  'secret',
  'changeme',
  'change-me',
  'supersecret',
  'your-secret-here',
  'your_secret_here',
  'YOUR_SECRET_HERE',
  'payload-secret',
])

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set by `next build` while it compiles and collects pages: no request is served then. */
  NEXT_PHASE: z.string().optional(),
  PAYLOAD_SECRET: z.string().trim().optional(),
  PAYLOAD_DATABASE_URI: z.string().trim().optional(),
  PAYLOAD_MEDIA_DIR: z.string().trim().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  PAYLOAD_ADMIN_EMAIL: z.string().trim().optional(),
  PAYLOAD_ADMIN_PASSWORD: z.string().optional(),
  /** Set by Next.js in its server processes: Payload then runs inside the storefront. */
  NEXT_RUNTIME: z.string().optional(),
  /** Medusa's Store API, to check the product handles a story or page features. */
  MEDUSA_BACKEND_URL: z.url().default('http://localhost:9000'),
  MEDUSA_PUBLISHABLE_KEY: z.string().trim().optional(),
  /** Shared secret of the storefront's POST /api/revalidate (used when no request scope exists). */
  REVALIDATE_SECRET: z.string().trim().optional(),
  /** `false` keeps the jobs queue (scheduled publishing) from running in this process. */
  PAYLOAD_JOBS_AUTORUN: z.enum(['true', 'false']).optional(),
})

export type CmsEnv = {
  nodeEnv: 'development' | 'production' | 'test'
  payloadSecret: string
  databaseUri: string
  mediaDir: string
  siteUrl: string
  /** The first admin, created by the seed (never a default). */
  adminEmail: string | undefined
  adminPassword: string | undefined
  medusaBackendUrl: string
  medusaPublishableKey: string | undefined
  revalidateSecret: string | undefined
  /** Payload runs inside the storefront's Next.js server (revalidateTag is available). */
  nextRuntime: boolean
  /** Run Payload's jobs queue (scheduled publish) on a timer in this process. */
  runJobsQueue: boolean
}

export class CmsEnvError extends Error {
  override name = 'CmsEnvError'
}

function resolveSecret(
  value: string | undefined,
  strict: boolean,
  warn: (message: string) => void,
): string {
  const problem = !value
    ? 'is not set'
    : PLACEHOLDER_SECRETS.has(value)
      ? 'is a placeholder value'
      : value.length < MIN_SECRET_LENGTH
        ? `is shorter than ${MIN_SECRET_LENGTH} characters`
        : undefined
  if (!problem) return value as string
  if (strict) {
    throw new CmsEnvError(
      `PAYLOAD_SECRET ${problem}. Set PAYLOAD_SECRET to a random string of at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`).`,
    )
  }
  if (value) {
    warn(`PAYLOAD_SECRET ${problem}; acceptable outside production only.`)
    return value
  }
  // Outside production a missing secret gets a random one for this process: sessions end with the
  // process, nothing stored depends on it, and no guessable default exists.
  warn('PAYLOAD_SECRET is not set; using a random secret for this process (logins end on restart).')
  return randomBytes(32).toString('hex')
}

/** Resolves a `file:` URI to an absolute one; relative paths are taken from the repository root. */
export function absoluteFileUri(uri: string): string {
  const rest = uri.slice('file:'.length)
  if (rest.startsWith('//')) return `file:${fileURLToPath(uri)}`
  return `file:${path.resolve(repoRoot, rest)}`
}

export function parseCmsEnv(
  source: Record<string, string | undefined>,
  warn: (message: string) => void = (message) => console.warn(`[cms] ${message}`),
): CmsEnv {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new CmsEnvError(`Invalid CMS environment: ${details}`)
  }
  const raw = parsed.data
  const building = raw.NEXT_PHASE === 'phase-production-build'
  const strict = raw.NODE_ENV === 'production' && !building
  const quietWarn = raw.NODE_ENV === 'test' || building ? () => {} : warn

  const uri = raw.PAYLOAD_DATABASE_URI || `file:${path.join(dataDir, 'payload.db')}`
  return {
    nodeEnv: raw.NODE_ENV,
    payloadSecret: resolveSecret(raw.PAYLOAD_SECRET, strict, quietWarn),
    databaseUri: uri.startsWith('file:') ? absoluteFileUri(uri) : uri,
    mediaDir: path.resolve(repoRoot, raw.PAYLOAD_MEDIA_DIR || path.join(dataDir, 'media')),
    siteUrl: raw.SITE_URL,
    adminEmail: raw.PAYLOAD_ADMIN_EMAIL || undefined,
    adminPassword: raw.PAYLOAD_ADMIN_PASSWORD || undefined,
    medusaBackendUrl: raw.MEDUSA_BACKEND_URL.replace(/\/+$/, ''),
    medusaPublishableKey: raw.MEDUSA_PUBLISHABLE_KEY || undefined,
    revalidateSecret: raw.REVALIDATE_SECRET || undefined,
    nextRuntime: Boolean(raw.NEXT_RUNTIME),
    // Only the Next.js server runs the queue: not `next build`, the seed, the CLI or jest (tests
    // run it by hand with payload.jobs.run).
    runJobsQueue:
      raw.PAYLOAD_JOBS_AUTORUN !== 'false' &&
      Boolean(raw.NEXT_RUNTIME) &&
      !building &&
      raw.NODE_ENV !== 'test',
  }
}

export const env: CmsEnv = parseCmsEnv(process.env)
