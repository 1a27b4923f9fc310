import type { Payload } from 'payload'

/**
 * Marks storefront cache tags stale, in process: Payload runs inside the storefront's Next.js server,
 * so this is Next's own `revalidateTag`. Outside a Next.js runtime (the seed script, the payload CLI,
 * jest) there is no storefront cache in the process, and this does nothing.
 *
 * `{ expire: 0 }`: the next visitor gets the new content (a blocking re-render), not a stale copy:
 * an editor who publishes and reloads expects to see the change.
 */
export async function revalidateTags(payload: Payload, tags: readonly string[]): Promise<void> {
  if (!process.env.NEXT_RUNTIME || tags.length === 0) return
  const unique = [...new Set(tags)]
  try {
    const { revalidateTag } = await import('next/cache')
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
  } catch (err) {
    // The write itself succeeded; stale pages are a lesser fault than a failed save. Log loudly.
    payload.logger.error({ err, msg: `Could not revalidate cache tags ${unique.join(', ')}` })
  }
}
