import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { ensureMedusaBuild, migrateMedusa, seedMedusa, startMedusa, type MedusaSettings } from "./medusa.ts"
import { endLeftovers, recordStarted } from "./leftovers.ts"
import { dataPaths } from "./paths.ts"
import { startEmbeddedPostgres, createDatabaseIfMissing, type RunningPostgres } from "./postgres.ts"
import type { Service } from "./processes.ts"
import { loadOrCreateSecrets, type StackSecrets } from "./secrets.ts"
import { ensureStorefrontBuild, seedCms, startStorefront, type StorefrontSettings } from "./storefront.ts"

export type StackOptions = {
  dataDir: string
  mode: "production" | "development"
  medusaPort: number
  storefrontPort: number
  /** Serve the Medusa admin dashboard at /app (built with the server; heavy). */
  admin: boolean
  echo: boolean
  /** Stop after migrations and seeds. */
  seedOnly?: boolean
  environment?: NodeJS.ProcessEnv
  onStage?: (stage: string) => void
}

export type RunningStack = {
  shopUrl: string
  medusaUrl: string
  secrets: StackSecrets
  publishableKey: string
  databaseUrl: string
  embeddedPostgres: boolean
  logDir: string
  /** Resolves with the name of the first server that exits on its own. */
  firstExit: Promise<string>
  stop(): Promise<void>
}

/**
 * Brings up the whole shop: PostgreSQL (embedded unless DATABASE_URL is set), Medusa (built,
 * migrated, seeded) and the storefront with Payload inside (built, migrated, seeded).
 * Stopping goes in reverse order; a failure part-way stops what already runs.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const environment = options.environment ?? process.env
  const paths = dataPaths(options.dataDir)
  mkdirSync(paths.logs, { recursive: true })
  const stage = options.onStage ?? (() => {})
  const secrets = loadOrCreateSecrets(paths.secrets, environment)
  const started: Array<{ stop(): Promise<void> }> = []
  const services: Service[] = []
  const runFile = join(paths.root, "running.json")
  const stopAll = async () => {
    for (const item of started.reverse()) await item.stop().catch((e) => console.error(e))
    recordStarted(runFile, [])
  }
  await endLeftovers(runFile, stage)
  const tracked: Array<{ name: string; pid: number; match: string }> = []
  const track = (service: Service, match: string) => {
    started.push(service)
    services.push(service)
    if (service.child.pid) tracked.push({ name: service.name, pid: service.child.pid, match })
    recordStarted(runFile, tracked)
  }

  try {
    let databaseUrl = environment.DATABASE_URL
    let postgres: RunningPostgres | undefined
    if (!databaseUrl) {
      stage("starting embedded PostgreSQL")
      postgres = await startEmbeddedPostgres({ dataDir: paths.postgres, logFile: join(paths.logs, "postgres.log") })
      started.push(postgres)
      await postgres.createDatabase("medusa")
      databaseUrl = postgres.databaseUrl("medusa")
    } else if (environment.CREATE_DATABASE === "true") {
      const url = new URL(databaseUrl)
      const name = url.pathname.slice(1)
      url.pathname = ""
      await createDatabaseIfMissing(url.toString().replace(/\/$/, ""), name)
    }

    const shopUrl = environment.SITE_URL ?? `http://localhost:${options.storefrontPort}`
    const medusaUrl = environment.MEDUSA_BACKEND_URL ?? `http://localhost:${options.medusaPort}`
    const common: NodeJS.ProcessEnv = {
      ...environment,
      MEDUSA_DISABLE_TELEMETRY: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    }
    const medusa: MedusaSettings = {
      mode: options.mode,
      admin: options.admin,
      port: options.medusaPort,
      backendUrl: medusaUrl,
      logDir: paths.logs,
      echo: options.echo,
      env: {
        ...common,
        DATABASE_URL: databaseUrl,
        JWT_SECRET: secrets.JWT_SECRET,
        COOKIE_SECRET: secrets.COOKIE_SECRET,
        MEDUSA_ADMIN_DISABLED: options.admin ? "false" : "true",
        MEDUSA_BACKEND_URL: medusaUrl,
        STOREFRONT_URL: shopUrl,
        STORE_CORS: environment.STORE_CORS ?? shopUrl,
        AUTH_CORS: environment.AUTH_CORS ?? `${shopUrl},${medusaUrl}`,
        ADMIN_CORS: environment.ADMIN_CORS ?? medusaUrl,
        MEDUSA_ADMIN_EMAIL: secrets.MEDUSA_ADMIN_EMAIL,
        MEDUSA_ADMIN_PASSWORD: secrets.MEDUSA_ADMIN_PASSWORD,
        SEED_ARTISAN_PASSWORD: secrets.SEED_ARTISAN_PASSWORD,
      },
    }
    const storefrontEnv: NodeJS.ProcessEnv = {
      ...common,
      PAYLOAD_SECRET: secrets.PAYLOAD_SECRET,
      PAYLOAD_DATABASE_URI: environment.PAYLOAD_DATABASE_URI ?? `file:${paths.payloadDb}`,
      PAYLOAD_MEDIA_DIR: environment.PAYLOAD_MEDIA_DIR ?? paths.media,
      PAYLOAD_ADMIN_EMAIL: secrets.PAYLOAD_ADMIN_EMAIL,
      PAYLOAD_ADMIN_PASSWORD: secrets.PAYLOAD_ADMIN_PASSWORD,
      MEDUSA_BACKEND_URL: medusaUrl,
      SITE_URL: shopUrl,
    }
    const storefront: StorefrontSettings = {
      mode: options.mode,
      port: options.storefrontPort,
      logDir: paths.logs,
      echo: options.echo,
      env: storefrontEnv,
    }

    if (options.mode === "production") {
      stage("building the commerce server and the storefront (only what changed)")
      await Promise.all([ensureMedusaBuild(medusa), ensureStorefrontBuild(storefront)])
    }
    stage("migrating and seeding the commerce database")
    await migrateMedusa(medusa)
    const publishableKey = await seedMedusa(medusa, paths.seedOutput)
    storefront.env = { ...storefront.env, MEDUSA_PUBLISHABLE_KEY: publishableKey }
    stage("migrating and seeding the CMS")
    await seedCms(storefront)

    if (!options.seedOnly) {
      stage("starting Medusa")
      await startMedusa(medusa, (service) => track(service, "medusa"))
      stage("starting the storefront")
      await startStorefront(storefront, (service) => track(service, "next"))
    }

    return {
      shopUrl,
      medusaUrl,
      secrets,
      publishableKey,
      databaseUrl,
      embeddedPostgres: Boolean(postgres),
      logDir: paths.logs,
      firstExit: Promise.race(services.map((service) => service.exited.then(() => service.name))),
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
