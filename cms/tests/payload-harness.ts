import { rmSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'


export type Harness = { payload: Payload; stop: () => Promise<void> }

/**
 * Boots Payload through the Local API on the throwaway SQLite file that `setup-env.ts` named for
 * this test file (the CMS env is parsed once, at its first import, so the name is set before any).
 */
export async function startPayload(name: string): Promise<Harness> {
  const { env } = await import('../env')
  const file = env.databaseUri.slice('file:'.length)
  if (!env.databaseUri.startsWith('file:') || !path.basename(file).startsWith('test-')) {
    throw new Error(`Test "${name}" would run on ${env.databaseUri}: only throwaway test databases.`)
  }
  removeDatabase(file)

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
