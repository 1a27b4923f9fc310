import type { Logger } from "@medusajs/framework/types"
import { env } from "../../env"

/**
 * Tells the storefront which cache tags changed: `POST {STOREFRONT_URL}/api/revalidate` with
 * `Authorization: Bearer <REVALIDATE_SECRET>` and `{"tags": [...]}` (the shared contract).
 * Tags from events arriving close together are sent in one request. Failures are logged and
 * retried with backoff; they never reach the write that caused them. Without STOREFRONT_URL
 * nothing is sent.
 */

export type RevalidationTarget = { url: string; secret: string }
export type RetryPolicy = { attempts: number; firstDelayMs: number; timeoutMs: number }

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 500, timeoutMs: 5000 }
/** Events of one write (product, variants, stock) arrive within a few milliseconds. */
const BATCH_WINDOW_MS = 150

export function revalidationTarget(): RevalidationTarget | undefined {
  if (!env.STOREFRONT_URL || !env.REVALIDATE_SECRET) return undefined
  return { url: new URL("/api/revalidate", env.STOREFRONT_URL).toString(), secret: env.REVALIDATE_SECRET }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** One POST with retries; true when the storefront accepted it. Never throws. */
export async function sendRevalidation(
  target: RevalidationTarget,
  tags: string[],
  logger: Logger,
  policy: RetryPolicy = DEFAULT_RETRY
): Promise<boolean> {
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    let problem: string
    try {
      const response = await fetch(target.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${target.secret}` },
        body: JSON.stringify({ tags }),
        signal: AbortSignal.timeout(policy.timeoutMs),
      })
      if (response.ok) return true
      problem = `HTTP ${response.status}`
      // A refused secret or a bad request will not get better by asking again.
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        logger.error(`Storefront revalidation of [${tags.join(", ")}] refused (${problem}); check REVALIDATE_SECRET`)
        return false
      }
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error)
    }
    if (attempt < policy.attempts) {
      const delay = policy.firstDelayMs * 3 ** (attempt - 1)
      logger.warn(`Storefront revalidation failed (${problem}), attempt ${attempt}/${policy.attempts}; retrying in ${delay} ms`)
      await sleep(delay)
    } else {
      logger.error(`Storefront revalidation of [${tags.join(", ")}] failed after ${policy.attempts} attempts (${problem})`)
    }
  }
  return false
}

let pending = new Set<string>()
let timer: NodeJS.Timeout | undefined

/** Queues tags for the storefront; returns at once (the POST happens in the background). */
export function revalidateStorefront(tags: Iterable<string>, logger: Logger): void {
  const target = revalidationTarget()
  if (!target) return
  for (const tag of tags) pending.add(tag)
  if (timer || !pending.size) return
  timer = setTimeout(() => {
    const batch = [...pending].sort()
    pending = new Set()
    timer = undefined
    void sendRevalidation(target, batch, logger)
  }, BATCH_WINDOW_MS)
  timer.unref?.()
}
