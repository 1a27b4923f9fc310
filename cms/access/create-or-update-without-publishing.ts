import type { Access } from 'payload'

import { canPublish } from './roles'

/**
 * Create / update access of drafts-enabled collections (stories, pages): every logged-in user may
 * write drafts, only admins and brand managers may publish. Payload also asks this function with
 * `data: { _status: 'published' }` to decide whether to show the Publish button (and before running a
 * scheduled publish as the user who scheduled it), so editors see no Publish button and cannot
 * schedule one. `refuseEditorPublish` (a beforeChange hook) covers writes that publish implicitly.
 */
export const createOrUpdateWithoutPublishing: Access = ({ req: { user }, data }) => {
  if (!user) return false
  if (canPublish(user)) return true
  const status: unknown = (data as { _status?: unknown } | undefined)?._status
  return status !== 'published'
}
