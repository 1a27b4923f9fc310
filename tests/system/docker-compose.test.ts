import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@jest/globals"
import { parse } from "yaml"
import { databaseKind } from "../../cms/database/adapter.ts"
import { parseCmsEnv } from "../../cms/env.ts"
import { repoRoot } from "../../scripts/stack/paths.ts"
import { parseStoreEnv } from "../../store/env-schema.ts"
import { parseStorefrontEnv } from "../../storefront/lib/env.ts"

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is read: every variable each
 * server's env schema requires in production must be wired, and secrets must have no defaults.
 */
type Service = { environment?: Record<string, string | number | boolean>; command?: string[]; image?: string }
const compose = parse(readFileSync(join(repoRoot, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, Service>
}
const envExample = readFileSync(join(repoRoot, ".env.example"), "utf8")

/** What an operator provides (as in .env): long random-looking values. */
const operator: Record<string, string> = {
  POSTGRES_PASSWORD: "pg-" + "x".repeat(40),
  JWT_SECRET: "j".repeat(64),
  COOKIE_SECRET: "c".repeat(64),
  REVALIDATE_SECRET: "r".repeat(64),
  PAYLOAD_SECRET: "p".repeat(64),
  PAYLOAD_ADMIN_EMAIL: "editor@example.jp",
  PAYLOAD_ADMIN_PASSWORD: "a-long-admin-password",
  MEDUSA_PUBLISHABLE_KEY: "pk_" + "0".repeat(64),
}

/** Compose's interpolation: ${NAME:?message} (required), ${NAME:-default}, ${NAME}. */
function interpolate(value: string, given: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const provided = given[name]
    if (provided) return provided
    if (kind === "?") throw new Error(`compose would refuse to start: ${name} is required (${rest})`)
    return kind === "-" ? (rest ?? "") : ""
  })
}

function environmentOf(service: string, given = operator): Record<string, string> {
  const raw = compose.services[service]?.environment ?? {}
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, interpolate(String(v), given)]))
}

function requiredVariables(): string[] {
  const text = readFileSync(join(repoRoot, "docker-compose.yml"), "utf8")
  return [...new Set([...text.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]!))]
}

describe("docker-compose.yml", () => {
  it("has the production services: mongo, postgres, redis, store, store-worker, storefront", () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ["mongo", "postgres", "redis", "store", "store-worker", "storefront"].sort()
    )
    expect(compose.services.mongo?.command).toEqual(expect.arrayContaining(["--replSet"]))
  })

  it("gives the Medusa server and worker everything their env schema requires in production", () => {
    for (const service of ["store", "store-worker"]) {
      const env = environmentOf(service)
      expect(env.NODE_ENV).toBe("production")
      const parsed = parseStoreEnv(env, ["node", "medusa", "start"])
      expect(parsed.DATABASE_URL).toMatch(/^postgres:\/\/medusa:.+@postgres:5432\/medusa$/)
      expect(parsed.REDIS_URL).toBe("redis://redis:6379")
    }
    expect(environmentOf("store").MEDUSA_WORKER_MODE).toBe("server")
    expect(environmentOf("store-worker").MEDUSA_WORKER_MODE).toBe("worker")
  })

  it("gives the storefront and Payload everything they require, on MongoDB", () => {
    const env = environmentOf("storefront")
    expect(env.NODE_ENV).toBe("production")
    expect(() => parseStorefrontEnv(env)).not.toThrow()
    const cms = parseCmsEnv(env, () => {})
    expect(databaseKind(cms.databaseUri)).toBe("mongodb")
    expect(cms.databaseUri).toContain("replicaSet=rs0")
  })

  it("shares one revalidation secret between Medusa and the storefront", () => {
    expect(environmentOf("store").REVALIDATE_SECRET).toBe(environmentOf("storefront").REVALIDATE_SECRET)
  })

  it("has no default for any secret, and documents each required one in .env.example", () => {
    const required = requiredVariables()
    for (const secret of ["POSTGRES_PASSWORD", "JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET", "PAYLOAD_SECRET"]) {
      expect(required).toContain(secret)
    }
    for (const name of required) expect(envExample).toMatch(new RegExp(`^${name}=`, "m"))
    const withoutJwt = { ...operator, JWT_SECRET: "" }
    expect(() => environmentOf("store", withoutJwt)).toThrow(/JWT_SECRET is required/)
  })

  it("would be refused by the schemas with a weak secret", () => {
    const env = { ...environmentOf("store"), COOKIE_SECRET: "supersecret" }
    expect(() => parseStoreEnv(env, ["node", "medusa", "start"])).toThrow(/COOKIE_SECRET/)
    const storefront = { ...environmentOf("storefront"), PAYLOAD_SECRET: "secret" }
    expect(() => parseCmsEnv(storefront, () => {})).toThrow(/PAYLOAD_SECRET/)
  })
})
