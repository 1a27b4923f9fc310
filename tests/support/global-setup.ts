import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { repoRoot } from "../../scripts/stack/paths.ts"
import { freePort } from "../../scripts/stack/ports.ts"
import { startStack, type RunningStack } from "../../scripts/stack/stack.ts"
import { stackInfoFile, type StackInfo } from "./stack-info.ts"

declare global {
  // eslint-disable-next-line no-var
  var __GINZA_STACK__: RunningStack | undefined
}

/**
 * Starts the whole shop the way `npm start` does (production builds, embedded PostgreSQL, seeds),
 * on free ports and a fresh data folder, without the Medusa admin dashboard.
 */
export default async function globalSetup() {
  const dataDir = join(repoRoot, ".data", "test-stack")
  rmSync(dataDir, { recursive: true, force: true })
  // The stack under test is always the embedded default, whatever the caller's environment says.
  const environment: NodeJS.ProcessEnv = { ...process.env }
  for (const name of ["DATABASE_URL", "REDIS_URL", "PAYLOAD_DATABASE_URI", "SITE_URL", "MEDUSA_BACKEND_URL", "NODE_OPTIONS"]) {
    delete environment[name]
  }
  const [medusaPort, storefrontPort] = [await freePort(), await freePort()]
  const started = Date.now()
  const stack = await startStack({
    dataDir,
    mode: "production",
    medusaPort,
    storefrontPort,
    admin: false,
    echo: false,
    environment,
    onStage: (stage) => process.stdout.write(`  [stack] ${stage}\n`),
  })
  globalThis.__GINZA_STACK__ = stack
  process.stdout.write(`  [stack] up in ${Math.round((Date.now() - started) / 1000)} s at ${stack.shopUrl}\n`)
  const info: StackInfo = {
    shopUrl: stack.shopUrl,
    medusaUrl: stack.medusaUrl,
    publishableKey: stack.publishableKey,
    payloadAdminEmail: stack.secrets.PAYLOAD_ADMIN_EMAIL,
    payloadAdminPassword: stack.secrets.PAYLOAD_ADMIN_PASSWORD,
    logDir: stack.logDir,
  }
  mkdirSync(dirname(stackInfoFile), { recursive: true })
  writeFileSync(stackInfoFile, JSON.stringify(info, null, 2) + "\n")
}
