// Installs the workspace's dependencies when they are missing or older than the lockfile.
// Plain Node on purpose: it runs before anything from node_modules can be loaded.
import { createHash } from "node:crypto"
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

// The lockfile pins the whole tree (npm ci refuses a lockfile out of step with package.json),
// so it alone decides whether node_modules is current; script edits in package.json do not.
const MANIFESTS = ["package-lock.json"]

function manifestHash(root) {
  const hash = createHash("sha256")
  for (const file of MANIFESTS) hash.update(file).update(readFileSync(join(root, file)))
  return hash.digest("hex")
}

export function ensureInstall(root) {
  const stamp = join(root, "node_modules", ".ginza-install-stamp")
  const wanted = manifestHash(root)
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return
  console.log("Installing dependencies (npm ci) ...")
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" },
  })
  if (result.status !== 0) {
    console.error("npm ci failed; see the output above.")
    process.exit(result.status ?? 1)
  }
  writeFileSync(stamp, wanted)
}
