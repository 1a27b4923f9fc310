import type { JobsConfig } from 'payload'

import { hasRole } from './access/roles'
import { env } from './env'

/**
 * Payload's jobs queue. Its only task is Payload's own `schedulePublish` (added by
 * `versions.drafts.schedulePublish` on stories and pages). The storefront's Next.js server runs the
 * queue every 15 seconds (`env.runJobsQueue`); the seed, the CLI and jest never do (tests call
 * `payload.jobs.run()` themselves). A scheduled publish runs as the user who scheduled it, so an
 * editor (who may not publish) cannot schedule one either.
 */
export const jobs: JobsConfig = {
  access: {
    // Running and cancelling jobs by hand over the API: admins only.
    run: ({ req }) => hasRole(req.user, 'admin'),
    cancel: ({ req }) => hasRole(req.user, 'admin'),
  },
  autoRun: env.runJobsQueue ? [{ cron: '*/15 * * * * *', queue: 'default', limit: 20 }] : [],
  deleteJobOnComplete: true,
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !hasRole(user, 'admin') },
  }),
}
