import { rmSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { dataDir } from '../paths'

export type Harness = { payload: Payload; stop: () => Promise<void> }

/**
 * Boots Payload through the Local API on a throwaway SQLite file under `.data/`. The database URI is
 * set before the config is first imported, since the CMS env is parsed once, at import.
 */
export async function startPayload(name: string): Promise<Harness> {
  const file = path.join(dataDir, `test-${name}-${process.pid}.db`)
  removeDatabase(file)
  process.env.PAYLOAD_DATABASE_URI = `file:${file}`
  process.env.PAYLOAD_SECRET ??= 'test-secret-'.padEnd(48, 'x')

  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  return {
    payload,
    stop: async () => {
      await payload.destroy()
      removeDatabase(file)
    },
  }
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
}
