import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { canPublish } from '../access/roles'

const bodySchema = z.object({
  publishAt: z.iso.datetime({ offset: true, error: 'publishAt must be an ISO date-time, e.g. 2026-12-01T09:00:00+09:00' }),
})

const json = (body: unknown, status: number): Response => Response.json(body, { status })

async function readJson(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    return undefined
  }
}

/**
 * `POST /api/{stories|pages}/:id/schedule-publish` `{ publishAt }`: the same scheduled publish as the
 * admin's "Schedule" button (Payload's `schedulePublish` job, run by the jobs queue as the user who
 * scheduled it), for scripts and tests. Brand managers and admins only.
 */
export function schedulePublishEndpoint(collection: 'stories' | 'pages'): Endpoint {
  return {
    path: '/:id/schedule-publish',
    method: 'post',
    handler: async (req) => {
      const user = req.user
      if (!user) return json({ message: 'Log in to schedule a publication.' }, 401)
      if (!canPublish(user)) {
        return json(
          { message: 'Only brand managers and admins can schedule a publication; editors save drafts.' },
          403,
        )
      }
      const parsed = bodySchema.safeParse(await readJson(req))
      if (!parsed.success) {
        return json({ message: parsed.error.issues.map((issue) => issue.message).join('; ') }, 400)
      }
      const publishAt = new Date(parsed.data.publishAt)
      if (publishAt.getTime() <= Date.now()) {
        return json({ message: 'publishAt must be in the future; to publish now, publish.' }, 400)
      }
      const id = req.routeParams?.id
      if (typeof id !== 'string' && typeof id !== 'number') {
        return json({ message: 'Missing document id.' }, 400)
      }
      const doc = await req.payload
        .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, user, req })
        .catch(() => null)
      if (!doc) return json({ message: `No ${collection} document ${id}.` }, 404)

      const job = await req.payload.jobs.queue({
        task: 'schedulePublish',
        waitUntil: publishAt,
        input: {
          type: 'publish',
          doc: { relationTo: collection, value: doc.id },
          user: { relationTo: 'users', value: user.id as number },
        },
        req,
      })
      return json({ scheduled: { job: job.id, id: doc.id, publishAt: publishAt.toISOString() } }, 202)
    },
  }
}
