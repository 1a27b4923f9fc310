import { existsSync } from "node:fs"
import { join } from "node:path"
import { fingerprint, forgetBuild, isBuildCurrent, recordBuild } from "./fingerprint.ts"
import { binDir, repoRoot, storefrontDir } from "./paths.ts"
import { runStep, startService, waitForHttp, type Service } from "./processes.ts"

const nextBin = join(binDir, "next")

export type StorefrontSettings = {
  mode: "production" | "development"
  port: number
  logDir: string
  echo: boolean
  env: NodeJS.ProcessEnv
}

function buildPrint() {
  return fingerprint(
    [
      storefrontDir,
      join(repoRoot, "cms"),
      join(repoRoot, "payload.config.ts"),
      join(repoRoot, "tsconfig.json"),
      join(repoRoot, "package-lock.json"),
    ],
    {}
  )
}

/** `next build` when the storefront, the CMS schema or the lockfile changed since the last build. */
export async function ensureStorefrontBuild(settings: StorefrontSettings): Promise<boolean> {
  const print = buildPrint()
  const output = join(storefrontDir, ".next", "BUILD_ID")
  if (isBuildCurrent("storefront", print, output)) return false
  forgetBuild("storefront")
  await runStep({
    name: "next build",
    command: nextBin,
    args: ["build"],
    cwd: storefrontDir,
    env: { ...settings.env, NODE_ENV: "production" },
    logFile: join(settings.logDir, "storefront-build.log"),
    echo: settings.echo,
  })
  if (!existsSync(output)) throw new Error("next build produced no output; see storefront-build.log")
  recordBuild("storefront", print)
  return true
}

/** Payload's migrations, the first admin user and the editorial seed (idempotent). */
export async function seedCms(settings: StorefrontSettings) {
  await runStep({
    name: "cms seed",
    command: process.execPath,
    args: ["--import", "tsx", join(repoRoot, "scripts", "seed-cms.ts")],
    cwd: repoRoot,
    env: { ...settings.env, NODE_ENV: settings.mode },
    logFile: join(settings.logDir, "cms-seed.log"),
    echo: false,
  })
}

export async function startStorefront(settings: StorefrontSettings, onSpawn: (service: Service) => void): Promise<Service> {
  const service = startService({
    name: "storefront",
    command: nextBin,
    args: [settings.mode === "production" ? "start" : "dev", "--port", String(settings.port)],
    cwd: storefrontDir,
    env: { ...settings.env, NODE_ENV: settings.mode },
    logFile: join(settings.logDir, "storefront.log"),
    echo: settings.echo,
  })
  onSpawn(service)
  await waitForHttp(`http://localhost:${settings.port}/`, {
    name: "Storefront",
    timeoutMs: 180_000,
    exited: service.exited,
  })
  // Payload starts with its first request; its jobs queue (scheduled publishing) runs from then on.
  // Ask it something now, so a story scheduled for tonight is published even if nobody visits.
  await fetch(`http://localhost:${settings.port}/api/users/me`).catch(() => undefined)
  return service
}
