import { parseStoreEnv } from "./env-schema"

/** The commerce server's configuration, parsed once. Everything else imports `env`, never `process.env`. */
export const env = parseStoreEnv(process.env)
export type { StoreEnv } from "./env-schema"
