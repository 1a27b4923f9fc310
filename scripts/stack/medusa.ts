import { existsSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { fingerprint, forgetBuild, isBuildCurrent, recordBuild } from "./fingerprint.ts"
import { binDir, repoRoot, storeBuildDir, storeDir } from "./paths.ts"
import { runStep, startService, waitForHttp, type Service } from "./processes.ts"

const medusaBin = join(binDir, "medusa")

export type MedusaSettings = {
  mode: "production" | "development"
  admin: boolean
  port: number
  backendUrl: string
  logDir: string
  echo: boolean
  env: NodeJS.ProcessEnv
}

function buildPrint(settings: MedusaSettings) {
  return fingerprint([storeDir, join(repoRoot, "package-lock.json")], {
    admin: String(settings.admin),
    // The admin dashboard has the backend URL baked in.
    backendUrl: settings.admin ? settings.backendUrl : undefined,
  })
}

/** `medusa build` when the sources (or the admin setting) changed since the last build. */
export async function ensureMedusaBuild(settings: MedusaSettings): Promise<boolean> {
  const print = buildPrint(settings)
  const output = join(storeBuildDir, "medusa-config.js")
  if (isBuildCurrent("medusa", print, output)) return false
  forgetBuild("medusa")
  await runStep({
    name: "medusa build",
    command: medusaBin,
    args: ["build"],
    cwd: storeDir,
    env: { ...settings.env, NODE_ENV: "production" },
    logFile: join(settings.logDir, "medusa-build.log"),
    echo: settings.echo,
  })
  if (!existsSync(output)) throw new Error("medusa build produced no server; see medusa-build.log")
  recordBuild("medusa", print)
  return true
}

/** Where commands run: the compiled server in production, the TypeScript sources in development. */
function workDir(settings: MedusaSettings) {
  return settings.mode === "production" ? storeBuildDir : storeDir
}

function commandEnv(settings: MedusaSettings): NodeJS.ProcessEnv {
  return { ...settings.env, NODE_ENV: settings.mode }
}

export async function migrateMedusa(settings: MedusaSettings) {
  await runStep({
    name: "medusa migrate",
    command: medusaBin,
    args: ["db:migrate"],
    cwd: workDir(settings),
    env: commandEnv(settings),
    logFile: join(settings.logDir, "medusa-migrate.log"),
    echo: false,
  })
}

const seedOutput = z.object({ publishableKey: z.string().startsWith("pk_") })

/** Runs the idempotent seed and returns the storefront's publishable key. */
export async function seedMedusa(settings: MedusaSettings, outputFile: string): Promise<string> {
  rmSync(outputFile, { force: true })
  const script = settings.mode === "production" ? "./src/scripts/seed.js" : "./src/scripts/seed.ts"
  await runStep({
    name: "medusa seed",
    command: medusaBin,
    args: ["exec", script],
    cwd: workDir(settings),
    env: { ...commandEnv(settings), SEED_OUTPUT_FILE: outputFile },
    logFile: join(settings.logDir, "medusa-seed.log"),
    echo: false,
  })
  return seedOutput.parse(JSON.parse(readFileSync(outputFile, "utf8"))).publishableKey
}

export async function startMedusa(settings: MedusaSettings, onSpawn: (service: Service) => void): Promise<Service> {
  const service = startService({
    name: "medusa",
    command: medusaBin,
    args: [settings.mode === "production" ? "start" : "develop", "--port", String(settings.port)],
    cwd: workDir(settings),
    env: commandEnv(settings),
    logFile: join(settings.logDir, "medusa.log"),
    echo: settings.echo,
  })
  onSpawn(service)
  await waitForHttp(`http://localhost:${settings.port}/health`, {
    name: "Medusa",
    timeoutMs: 180_000,
    exited: service.exited,
  })
  return service
}
