#!/usr/bin/env node
// `npm run bench`: speed benchmarks of the production shop (TypeScript via tsx, like npm start).
// Builds what changed, boots the stack on free ports, then measures; see scripts/bench/main.ts.
// Shares storefront/.next and store/.medusa with `npm test`: run one at a time
// (`flock /tmp/ginza-stack.lock npm run bench` on shared machines).
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
if (!existsSync(join(root, "node_modules", "tsx"))) {
  console.error("Dependencies are missing: run `npm start` or `npm ci` once first.")
  process.exit(1)
}
const { register } = await import("tsx/esm/api")
register()
await import(pathToFileURL(join(root, "scripts/bench/main.ts")).href)
