import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { binDir, repoRoot } from "../stack/paths.ts"
import { startEmbeddedPostgres, type RunningPostgres } from "../stack/postgres.ts"
import { resultsDir, suites, type Suite } from "./suites.ts"

/**
 * Runs every suite with jest, each writing a JSON report, and ends with one line
 * `N passed, N failed` summed over all suites (CI reads that line).
 * Extra arguments select suites by name: `npm test -- store cms`.
 */
const report = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numRuntimeErrorTestSuites: z.number().default(0),
  numTotalTestSuites: z.number(),
})

type Outcome = { name: string; passed: number; failed: number; note?: string }

function runJest(suite: Suite, outputFile: string, env: Record<string, string | undefined>): Promise<number | null> {
  return new Promise((resolveRun) => {
    const child = spawn(
      process.execPath,
      [join(binDir, "jest"), ...suite.jestArgs, "--json", `--outputFile=${outputFile}`],
      { cwd: suite.cwd, env: { ...process.env, ...suite.env, ...env }, stdio: "inherit" }
    )
    child.once("exit", (code) => resolveRun(code))
  })
}

async function runSuite(suite: Suite, postgres: () => Promise<RunningPostgres>): Promise<Outcome> {
  console.log(`\n━━ ${suite.name} ━━`)
  const outputFile = join(resultsDir, `${suite.name.replace(/[^a-z0-9]+/gi, "-")}.json`)
  rmSync(outputFile, { force: true })
  let env: Record<string, string | undefined> = {}
  if (suite.needsPostgres && !process.env.DB_HOST) {
    const pg = await postgres()
    env = {
      DB_HOST: "localhost",
      DB_PORT: String(pg.port),
      DB_USERNAME: "postgres",
      DB_PASSWORD: "postgres",
      DATABASE_URL: pg.databaseUrl("postgres"),
    }
  }
  const code = await runJest(suite, outputFile, env)
  if (!existsSync(outputFile)) {
    return { name: suite.name, passed: 0, failed: 1, note: `jest exited with ${code} and wrote no report` }
  }
  const result = report.parse(JSON.parse(readFileSync(outputFile, "utf8")))
  // A suite file that crashes before its tests run counts as a failure, not as nothing.
  const failed = result.numFailedTests + result.numRuntimeErrorTestSuites
  return { name: suite.name, passed: result.numPassedTests, failed }
}

async function main() {
  mkdirSync(resultsDir, { recursive: true })
  const selected = process.argv.slice(2).map((s) => s.toLowerCase())
  const chosen = suites().filter(
    (suite) => selected.length === 0 || selected.some((s) => suite.name.toLowerCase().split(" ")[0] === s)
  )

  let pg: RunningPostgres | undefined
  const postgres = async () => {
    if (!pg) {
      // One cluster per run, so two `npm test` runs on one machine do not share a data folder.
      const dataDir = join(repoRoot, ".data", `test-postgres-${process.pid}`)
      rmSync(dataDir, { recursive: true, force: true })
      pg = await startEmbeddedPostgres({ dataDir, logFile: join(repoRoot, ".data", "logs", `test-postgres-${process.pid}.log`) })
    }
    return pg
  }

  const outcomes: Outcome[] = []
  try {
    for (const suite of chosen) outcomes.push(await runSuite(suite, postgres))
  } finally {
    await pg?.stop()
    if (pg) rmSync(join(repoRoot, ".data", `test-postgres-${process.pid}`), { recursive: true, force: true })
  }

  console.log("\n━━ summary ━━")
  for (const o of outcomes) {
    console.log(`  ${o.name.padEnd(36)} ${o.passed} passed, ${o.failed} failed${o.note ? ` (${o.note})` : ""}`)
  }
  const passed = outcomes.reduce((n, o) => n + o.passed, 0)
  const failed = outcomes.reduce((n, o) => n + o.failed, 0)
  console.log(`${passed} passed, ${failed} failed`)
  process.exit(failed > 0 || passed === 0 ? 1 : 0)
}

main().catch((error: unknown) => {
  console.error(error)
  console.log("0 passed, 1 failed")
  process.exit(1)
})
