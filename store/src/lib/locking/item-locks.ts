import type { ILockingModule } from "@medusajs/framework/types"
import { setTimeout as sleep } from "node:timers/promises"

/**
 * Locks held across several workflow steps (acquired in one step, released in a later one),
 * which `locking.execute` cannot do. Works with every Medusa locking provider: in-memory by
 * default, Redis in production (shared by all server and worker processes).
 */
export type HeldLocks = { keys: string[]; ownerId: string }

export type AcquireOptions = {
  /** How long to keep trying before giving up, in seconds. */
  waitSeconds: number
  /** The lock expires by itself after this many seconds (a crashed process cannot hold it forever). */
  ttlSeconds: number
  retryMs?: number
}

export class LockWaitTimeoutError extends Error {}

/**
 * Takes every key for `ownerId`, one at a time in sorted order, so that two owners wanting
 * overlapping sets can never hold one key each and wait on each other. Re-acquiring a key the
 * owner already holds succeeds (both providers are re-entrant per owner). On timeout, the keys
 * taken so far are given back and LockWaitTimeoutError is thrown.
 */
export async function acquireInOrder(
  locking: ILockingModule,
  keys: string[],
  ownerId: string,
  options: AcquireOptions
): Promise<HeldLocks> {
  const sorted = [...new Set(keys)].sort()
  const deadline = Date.now() + options.waitSeconds * 1000
  const held: string[] = []
  for (const key of sorted) {
    for (;;) {
      try {
        await locking.acquire(key, { ownerId, expire: options.ttlSeconds })
        held.push(key)
        break
      } catch {
        if (Date.now() >= deadline) {
          await releaseHeld(locking, { keys: held, ownerId })
          throw new LockWaitTimeoutError(`timed out after ${options.waitSeconds}s waiting for lock ${key}`)
        }
        await sleep(options.retryMs ?? 50)
      }
    }
  }
  return { keys: sorted, ownerId }
}

/** Gives the keys back; keys another owner holds by now (after expiry) are left alone. */
export async function releaseHeld(locking: ILockingModule, locks: HeldLocks): Promise<void> {
  if (!locks.keys.length) return
  await locking.release(locks.keys, { ownerId: locks.ownerId })
}
