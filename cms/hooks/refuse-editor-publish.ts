import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { canPublish } from '../access/roles'

/**
 * Editors write drafts only. Access rules see the incoming data; this hook sees the status the
 * document will actually have, so an update that leaves `_status` out of a published document (and
 * would therefore change the live version) is refused too. Writes without a user (seed, jobs run by
 * the system) are not affected.
 */
export const refuseEditorPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = req.user
  if (!user || canPublish(user)) return data
  const status: unknown = (data as { _status?: unknown })._status ?? originalDoc?._status
  if (status === 'published') {
    throw new APIError(
      'Editors cannot publish. Save your changes as a draft and ask a brand manager to publish (or schedule) it.',
      403,
      undefined,
      true,
    )
  }
  return data
}
