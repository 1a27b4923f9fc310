import { parseStoreEnv, type StoreEnv } from "./env-schema"

let parsed: StoreEnv | undefined

/**
 * Parsed on first use, not at import: Medusa's test runner loads workflow and subscriber modules
 * before a spec's setup sets variables such as STOREFRONT_URL. Parsed once, then kept.
 */
function current(): StoreEnv {
  parsed ??= parseStoreEnv(process.env)
  return parsed
}

/** The commerce server's configuration. Everything else imports `env`, never `process.env`. */
export const env: StoreEnv = new Proxy({} as StoreEnv, {
  get: (_target, key) => current()[key as keyof StoreEnv],
  has: (_target, key) => key in current(),
  ownKeys: () => Reflect.ownKeys(current()),
  getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(current(), key),
})
export type { StoreEnv } from "./env-schema"
