import { createHash } from "node:crypto"
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { buildStampsFile, repoRoot } from "./paths.ts"

const SKIP = new Set(["node_modules", ".next", ".medusa", ".cache", ".data", "static", "uploads", "coverage"])

function walk(dir: string, out: string[]) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".turbo")) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) walk(full, out)
    else if (entry.isFile()) out.push(full)
  }
}

/** A hash of the sources that go into a build, plus the settings baked into it. */
export function fingerprint(paths: string[], settings: Record<string, string | undefined>): string {
  const hash = createHash("sha256")
  const files: string[] = []
  for (const path of paths) {
    if (!existsSync(path)) continue
    if (statSync(path).isDirectory()) walk(path, files)
    else files.push(path)
  }
  for (const file of files.sort()) {
    hash.update(relative(repoRoot, file)).update("\0").update(readFileSync(file)).update("\0")
  }
  hash.update(JSON.stringify(settings))
  return hash.digest("hex")
}

type Stamps = Record<string, string>

function readStamps(): Stamps {
  if (!existsSync(buildStampsFile)) return {}
  try {
    return JSON.parse(readFileSync(buildStampsFile, "utf8")) as Stamps
  } catch {
    return {}
  }
}

/** True when the build named `name` was last made from exactly this fingerprint and its output exists. */
export function isBuildCurrent(name: string, print: string, output: string): boolean {
  return readStamps()[name] === print && existsSync(output)
}

export function recordBuild(name: string, print: string) {
  const stamps = { ...readStamps(), [name]: print }
  mkdirSync(dirname(buildStampsFile), { recursive: true })
  writeFileSync(buildStampsFile, JSON.stringify(stamps, null, 2) + "\n")
}

export function forgetBuild(name: string) {
  const stamps = readStamps()
  delete stamps[name]
  mkdirSync(dirname(buildStampsFile), { recursive: true })
  writeFileSync(buildStampsFile, JSON.stringify(stamps, null, 2) + "\n")
}
