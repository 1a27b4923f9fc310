import { join } from "node:path"
import { z } from "zod"
import { endLeftovers } from "./leftovers.ts"
import { repoRoot } from "./paths.ts"
import { portInUse } from "./ports.ts"
import { startStack, type RunningStack } from "./stack.ts"

/** `npm start` (production build), `npm run dev` (hot reload), `npm run seed` (migrate + seed only). */
const args = new Set(process.argv.slice(2))
const mode = args.has("--dev") ? "development" : "production"

const launcherEnv = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    MEDUSA_PORT: z.coerce.number().int().min(1).max(65535).default(9000),
    MEDUSA_ADMIN: z.enum(["true", "false"]).default("true"),
    GINZA_DATA_DIR: z.string().default(join(repoRoot, ".data")),
  })
  .parse(process.env)

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)

function banner(stack: RunningStack, admin: boolean) {
  const s = stack.secrets
  const lines = [
    "",
    bold("Ginza no Kanazawa is running"),
    "",
    `  Shop (Japanese, JPY)   ${stack.shopUrl}/ja-jp`,
    `  Shop (English, USD)    ${stack.shopUrl}/en-us`,
    `  CMS admin (Payload)    ${stack.shopUrl}/admin`,
    `      login              ${s.PAYLOAD_ADMIN_EMAIL} / ${s.PAYLOAD_ADMIN_PASSWORD}`,
    `  Commerce API (Medusa)  ${stack.medusaUrl}  (health: ${stack.medusaUrl}/health)`,
    admin
      ? `  Shop admin (Medusa)    ${stack.medusaUrl}/app`
      : `  Shop admin (Medusa)    disabled (MEDUSA_ADMIN=false)`,
    `      login              ${s.MEDUSA_ADMIN_EMAIL} / ${s.MEDUSA_ADMIN_PASSWORD}`,
    `  Artisan portal         ${stack.shopUrl}/ja-jp/artisan`,
    `      login              hoshino-aya@artisans.ginza-kanazawa.jp / ${s.SEED_ARTISAN_PASSWORD}  (same password for the other eight makers)`,
    `  Database               ${stack.embeddedPostgres ? "embedded PostgreSQL" : "DATABASE_URL"}; logs in ${stack.logDir}`,
    "",
    "  Passwords were generated for this data folder (.data/secrets.json); set PAYLOAD_ADMIN_PASSWORD /",
    "  MEDUSA_ADMIN_PASSWORD before the first start to choose your own. Ctrl-C stops everything.",
    "",
  ]
  console.log(lines.join("\n"))
}

// A closed terminal or pipe (`npm start | tee log` on Ctrl-C) must not abort the clean stop.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {})

async function main() {
  const seedOnly = args.has("--seed-only")
  const admin = launcherEnv.MEDUSA_ADMIN === "true"
  // Servers a killed launcher left behind (they would hold the ports) are ended first.
  await endLeftovers(join(launcherEnv.GINZA_DATA_DIR, "running.json"), (m) => console.log(`• ${m}`))
  if (!seedOnly) {
    for (const port of [launcherEnv.PORT, launcherEnv.MEDUSA_PORT]) {
      if (await portInUse(port)) {
        console.error(`Port ${port} is already in use. Stop what runs there (an earlier npm start?) or set PORT / MEDUSA_PORT.`)
        process.exit(1)
      }
    }
  }

  let stack: RunningStack | undefined
  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    console.log("\nStopping the shop ...")
    await stack?.stop()
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  process.on("SIGHUP", () => void shutdown(0))

  stack = await startStack({
    dataDir: launcherEnv.GINZA_DATA_DIR,
    mode,
    medusaPort: launcherEnv.MEDUSA_PORT,
    storefrontPort: launcherEnv.PORT,
    admin,
    echo: mode === "development",
    seedOnly,
    onStage: (stage) => console.log(`• ${stage} ...`),
  })
  if (seedOnly) {
    console.log("Seed complete.")
    await shutdown(0)
    return
  }
  banner(stack, admin)
  const name = await stack.firstExit
  if (!stopping) {
    console.error(`${name} stopped unexpectedly; see its log in ${stack.logDir}`)
    await shutdown(1)
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
