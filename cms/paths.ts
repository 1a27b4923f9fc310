import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute folder of the CMS schema (this file's folder). */
export const cmsDir = path.dirname(fileURLToPath(import.meta.url))

/** The repository root: one level above `cms/`. Relative paths in our env are resolved from here,
 * so the same value works whether Payload runs in `storefront/` (Next.js), the repo root (CLI, seed)
 * or under jest. */
export const repoRoot = path.resolve(cmsDir, '..')

/** Git-ignored folder for local data of the embedded setup. */
export const dataDir = path.join(repoRoot, '.data')
