import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { binDir, repoRoot } from "../stack/paths.ts"
import { freePort } from "../stack/ports.ts"
import { runStep, startService, waitForHttp, type Service } from "../stack/processes.ts"

export type ReferenceApp = { url: string; stop(): Promise<void> }

/**
 * A bare App Router page (scripts/bench/reference-app) built and served by the same Next.js as the
 * shop, in .cache/bench/reference-app. Measured next to the shop, it tells what this machine gives
 * any cached Next.js page, so the shop's numbers can be read on a slower or busier machine.
 */
export async function startReferenceApp(logDir: string): Promise<ReferenceApp> {
  const dir = join(repoRoot, ".cache", "bench", "reference-app")
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(join(repoRoot, "scripts", "bench", "reference-app"), dir, { recursive: true })
  writeFileSync(
    join(dir, "next.config.mjs"),
    `export default { cacheComponents: true, poweredByHeader: false, turbopack: { root: ${JSON.stringify(repoRoot)} }, outputFileTracingRoot: ${JSON.stringify(repoRoot)} }\n`
  )
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }
  const next = join(binDir, "next")
  await runStep({ name: "reference next build", command: next, args: ["build"], cwd: dir, env, logFile: join(logDir, "reference-build.log") })
  const port = await freePort()
  const service: Service = startService({
    name: "reference",
    command: next,
    args: ["start", "--port", String(port)],
    cwd: dir,
    env,
    logFile: join(logDir, "reference.log"),
    echo: false,
  })
  const url = `http://localhost:${port}/`
  await waitForHttp(url, { name: "reference page", timeoutMs: 60_000, exited: service.exited })
  return { url, stop: () => service.stop() }
}
