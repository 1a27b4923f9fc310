import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs"
import { dirname } from "node:path"

export type ServiceOptions = {
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  logFile: string
  /** Also print the output to this terminal, each line prefixed with the name. */
  echo: boolean
}

export type Service = {
  name: string
  child: ChildProcess
  exited: Promise<number | null>
  stop(): Promise<void>
}

function prefixLines(name: string, out: NodeJS.WriteStream) {
  let pending = ""
  return (chunk: Buffer) => {
    pending += chunk.toString("utf8")
    const lines = pending.split("\n")
    pending = lines.pop() ?? ""
    for (const line of lines) out.write(`[${name}] ${line}\n`)
  }
}

/**
 * A long-running child in its own process group, so stopping it also stops whatever it spawned
 * (Next's workers, Medusa's cluster) and nothing is left behind.
 */
export function startService(options: ServiceOptions): Service {
  mkdirSync(dirname(options.logFile), { recursive: true })
  const log: WriteStream = createWriteStream(options.logFile, { flags: "a" })
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const echo = options.echo ? prefixLines(options.name, process.stdout) : undefined
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      log.write(chunk)
      echo?.(chunk)
    })
  }
  const exited = new Promise<number | null>((resolveExit) => {
    child.once("exit", (code, signal) => {
      log.end()
      resolveExit(code ?? (signal ? 128 : null))
    })
  })
  return {
    name: options.name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return
      const group = -child.pid
      try {
        process.kill(group, "SIGTERM")
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          process.kill(group, "SIGKILL")
        } catch {
          /* already gone */
        }
      }, 10_000)
      await exited
      clearTimeout(timer)
      // Members of the group that outlived the leader (a worker mid-shutdown) go too.
      try {
        process.kill(group, "SIGKILL")
      } catch {
        /* group is empty */
      }
    },
  }
}

/** Runs a command to completion; rejects with the tail of its output when it fails. */
export function runStep(options: Omit<ServiceOptions, "echo"> & { echo?: boolean }): Promise<void> {
  return new Promise((resolveStep, reject) => {
    mkdirSync(dirname(options.logFile), { recursive: true })
    const log = createWriteStream(options.logFile, { flags: "a" })
    log.write(`\n$ ${options.command} ${options.args.join(" ")}\n`)
    const child = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let tail = ""
    const echo = options.echo ? prefixLines(options.name, process.stdout) : undefined
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on("data", (chunk: Buffer) => {
        log.write(chunk)
        echo?.(chunk)
        tail = (tail + chunk.toString("utf8")).slice(-4000)
      })
    }
    child.once("error", reject)
    child.once("exit", (code) => {
      log.end()
      if (code === 0) resolveStep()
      else reject(new Error(`${options.name} failed (exit ${code}); see ${options.logFile}\n${tail}`))
    })
  })
}

/** Polls `url` until it answers with a status below 500. */
export async function waitForHttp(url: string, options: { timeoutMs: number; exited?: Promise<unknown>; name: string }) {
  let gone = false
  void options.exited?.then(() => (gone = true))
  const deadline = Date.now() + options.timeoutMs
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${options.name} exited before answering ${url}`)
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${options.name} did not answer ${url} within ${Math.round(options.timeoutMs / 1000)} s`)
}
