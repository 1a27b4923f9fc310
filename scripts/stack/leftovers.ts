import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { z } from "zod"

/**
 * Process groups a launcher started, recorded in the data folder. If a launcher is killed
 * without its clean stop (SIGKILL, a closed terminal), the next start ends what it left running.
 */
const recordSchema = z.array(z.object({ name: z.string(), pid: z.number().int().positive(), match: z.string() }))
type Entry = z.infer<typeof recordSchema>[number]

function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {
    return undefined
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function endLeftovers(file: string, log: (message: string) => void) {
  if (!existsSync(file)) return
  let entries: Entry[] = []
  try {
    entries = recordSchema.parse(JSON.parse(readFileSync(file, "utf8")))
  } catch {
    entries = []
  }
  for (const entry of entries) {
    // Only a process that still runs the command we started (pids are reused).
    if (!commandLine(entry.pid)?.includes(entry.match)) continue
    log(`stopping ${entry.name} (pid ${entry.pid}) left running by an earlier start`)
    try {
      process.kill(-entry.pid, "SIGTERM")
    } catch {
      continue
    }
    for (let i = 0; i < 50 && alive(entry.pid); i++) await new Promise((r) => setTimeout(r, 200))
    try {
      process.kill(-entry.pid, "SIGKILL")
    } catch {
      /* gone */
    }
  }
  rmSync(file, { force: true })
}

export function recordStarted(file: string, entries: Entry[]) {
  writeFileSync(file, JSON.stringify(entries, null, 2) + "\n")
}
