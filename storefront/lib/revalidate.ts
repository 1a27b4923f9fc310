import { createHash, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

/**
 * Pieces of POST /api/revalidate (contract): `Authorization: Bearer <REVALIDATE_SECRET>`, body
 * `{ "tags": ["product:kutani-gosai-plate", "catalog"] }`.
 */

/** The contract's tag names: `catalog`, `product:{handle}`, `story:{slug}`, ... */
const CACHE_TAG_PATTERN =
  /^(?:catalog|regions|stories|crafts|artisans|(?:product|artisan|story|craft|page):[A-Za-z0-9][A-Za-z0-9._-]{0,200})$/

export const revalidateBodySchema = z.object({
  tags: z
    .array(
      z.string().regex(CACHE_TAG_PATTERN, {
        error: (issue) => `unknown cache tag ${JSON.stringify(issue.input)}`,
      }),
    )
    .min(1, { error: 'tags must list at least one cache tag' })
    .max(100, { error: 'tags may list at most 100 cache tags' }),
})

export type RevalidateBody = z.infer<typeof revalidateBodySchema>

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Whether an Authorization header carries the bearer secret. Compared in constant time (both sides
 * hashed to equal length first, so not even the secret's length leaks).
 */
export function isAuthorized(header: string | null, secret: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')
  const presented = match?.[1] ?? ''
  const equal = timingSafeEqual(digest(presented), digest(secret))
  return equal && presented.length > 0
}
