#!/usr/bin/env node
// `npm test`: installs what is missing, then runs every suite (TypeScript via tsx).
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { ensureInstall } from "./lib/ensure-install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
ensureInstall(root)
const { register } = await import("tsx/esm/api")
register()
await import(pathToFileURL(join(root, "scripts/test/run.ts")).href)
