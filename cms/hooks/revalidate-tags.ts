import type { Payload } from 'payload'

import { env } from '../env'

type Listener = (tags: readonly string[]) => void
const listeners = new Set<Listener>()

/**
 * Calls `listener` with the tags of every revalidation, wherever Payload runs (tests use it to assert
 * which tags a save marks stale). Returns the unsubscribe function.
 */
export function observeRevalidations(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Next's "no request scope" invariant: `revalidateTag` called outside a request (a timer, a job). */
function isOutsideRequestScope(err: unknown): boolean {
  return err instanceof Error && /static generation store missing/.test(err.message)
}

/**
 * Outside a request (Payload's jobs queue publishing a scheduled story on a timer) Next has no
 * request scope for `revalidateTag`; the storefront's own `POST /api/revalidate` does it instead.
 */
async function revalidateOverHttp(payload: Payload, tags: string[]): Promise<void> {
  if (!env.revalidateSecret) {
    payload.logger.error(
      `Cannot revalidate ${tags.join(', ')} outside a request: REVALIDATE_SECRET is not set.`,
    )
    return
  }
  const response = await fetch(new URL('/api/revalidate', env.siteUrl), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${env.revalidateSecret}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`POST /api/revalidate answered ${response.status}`)
}

/**
 * Marks storefront cache tags stale, in process: Payload runs inside the storefront's Next.js server,
 * so this is Next's own `revalidateTag`. Outside a Next.js runtime (the seed script, the payload CLI,
 * jest) there is no storefront cache in the process, and only the observers are told.
 *
 * `{ expire: 0 }`: the next visitor gets the new content (a blocking re-render), not a stale copy:
 * an editor who publishes and reloads expects to see the change.
 *
 * `localApi`: the write came through the Local API (Payload's jobs queue publishing a scheduled story,
 * a script inside the server). Its timers may carry the async context of the long-finished request
 * that started Payload, where Next's `revalidateTag` records the tags in a dead request and silently
 * does nothing (seen in the system test), so those writes also go through `POST /api/revalidate`.
 */
export async function revalidateTags(
  payload: Payload,
  tags: readonly string[],
  options: { localApi?: boolean } = {},
): Promise<void> {
  if (tags.length === 0) return
  const unique = [...new Set(tags)]
  for (const listener of listeners) listener(unique)
  if (!env.nextRuntime) return
  try {
    const { revalidateTag } = await import('next/cache')
    let viaHttp = options.localApi === true
    try {
      for (const tag of unique) revalidateTag(tag, { expire: 0 })
    } catch (err) {
      if (!isOutsideRequestScope(err)) throw err
      viaHttp = true
    }
    if (viaHttp) await revalidateOverHttp(payload, unique)
  } catch (err) {
    // The write itself succeeded; stale pages are a lesser fault than a failed save. Log loudly.
    payload.logger.error({ err, msg: `Could not revalidate cache tags ${unique.join(', ')}` })
  }
}
