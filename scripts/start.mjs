#!/usr/bin/env node
// `npm start` / `npm run dev`: installs what is missing, then runs the stack launcher (TypeScript via tsx).
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { ensureInstall } from "./lib/ensure-install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
ensureInstall(root)
const { register } = await import("tsx/esm/api")
register()
await import(pathToFileURL(join(root, "scripts/stack/main.ts")).href)
