import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
export const storeDir = join(repoRoot, "store")
export const storeBuildDir = join(storeDir, ".medusa", "server")
export const storefrontDir = join(repoRoot, "storefront")
export const binDir = join(repoRoot, "node_modules", ".bin")

/** Where a stack keeps its data: `.data/` for `npm start`, a throwaway folder for tests. */
export function dataPaths(dataDir: string) {
  return {
    root: dataDir,
    postgres: join(dataDir, "postgres"),
    payloadDb: join(dataDir, "payload.db"),
    media: join(dataDir, "media"),
    logs: join(dataDir, "logs"),
    secrets: join(dataDir, "secrets.json"),
    seedOutput: join(dataDir, "medusa-seed.json"),
  }
}
export type DataPaths = ReturnType<typeof dataPaths>

/** Build fingerprints live with the builds they describe, so a fresh clone always builds. */
export const buildStampsFile = join(repoRoot, ".cache", "build-stamps.json")
