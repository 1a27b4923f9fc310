import { revalidateTag } from 'next/cache'

import { env } from '@/lib/env'
import { isAuthorized, revalidateBodySchema } from '@/lib/revalidate'

/**
 * Marks cache tags stale (`{ expire: 0 }`: the next visitor gets fresh data). Called by Medusa's
 * subscribers when products, prices, stock or regions change.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = env.revalidateSecret
  if (!secret) {
    console.error('POST /api/revalidate: REVALIDATE_SECRET is not set; refusing every request.')
    return Response.json(
      { error: 'Revalidation is not configured on this server.' },
      { status: 503 },
    )
  }
  if (!isAuthorized(request.headers.get('authorization'), secret)) {
    return Response.json(
      { error: 'Unauthorized: send Authorization: Bearer <REVALIDATE_SECRET>.' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    )
  }

  let json: unknown
  try {
    json = await request.json()
  } catch {
    return Response.json(
      { error: 'The body must be JSON: { "tags": ["catalog"] }.' },
      { status: 400 },
    )
  }
  const body = revalidateBodySchema.safeParse(json)
  if (!body.success) {
    return Response.json(
      { error: body.error.issues.map((issue) => issue.message).join('; ') },
      { status: 400 },
    )
  }

  const tags = [...new Set(body.data.tags)]
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags })
}
