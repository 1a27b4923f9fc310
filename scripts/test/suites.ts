import { join } from "node:path"
import { repoRoot, storeDir } from "../stack/paths.ts"

export type Suite = {
  name: string
  /** Working directory and jest arguments. */
  cwd: string
  jestArgs: string[]
  env?: Record<string, string | undefined>
  /** Needs a PostgreSQL server for Medusa's integration test runner. */
  needsPostgres?: boolean
}

const esm = { NODE_OPTIONS: "--experimental-vm-modules --no-warnings" }

/** Every suite `npm test` runs, in order: fast unit suites first, the whole stack last. */
export function suites(): Suite[] {
  return [
    { name: "storefront unit", cwd: repoRoot, jestArgs: ["-c", "storefront/jest.config.js"], env: esm },
    { name: "cms (Payload Local API)", cwd: repoRoot, jestArgs: ["-c", "cms/jest.config.js"], env: esm },
    {
      name: "store (Medusa integration)",
      cwd: storeDir,
      jestArgs: ["--runInBand", "--forceExit"],
      env: { ...esm, TEST_TYPE: "integration:http", LOG_LEVEL: "warn" },
      needsPostgres: true,
    },
    ...(process.env.CI_PRODUCTION_SERVICES === "true"
      ? [
          {
            // The same suite in production configuration: the machine's PostgreSQL and Redis
            // (Medusa's Redis event bus, workflow engine, locking and cache modules).
            name: "store-production (Medusa integration on PostgreSQL + Redis)",
            cwd: storeDir,
            jestArgs: ["--runInBand", "--forceExit"],
            env: {
              ...esm,
              TEST_TYPE: "integration:http",
              LOG_LEVEL: "warn",
              DB_HOST: "localhost",
              DB_PORT: process.env.PGPORT ?? "5432",
              DB_USERNAME: process.env.PGUSER ?? "postgres",
              DB_PASSWORD: process.env.PGPASSWORD ?? "",
              REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
            },
          },
        ]
      : []),
    {
      name: "system and browser (whole stack)",
      cwd: repoRoot,
      jestArgs: ["-c", "tests/jest.config.js", "--runInBand"],
      env: esm,
    },
  ]
}

export const resultsDir = join(repoRoot, ".cache", "test-results")
