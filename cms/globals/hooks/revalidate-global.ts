import type { GlobalAfterChangeHook } from 'payload'

import { globalTag } from '../../cache-tags'
import { revalidateTags } from '../../hooks/revalidate-tags'

/** Header, footer and announcement appear on every page: their own tag, `global:{slug}`. */
export const revalidateGlobal: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await revalidateTags(req.payload, [globalTag(global.slug)], { localApi: req.payloadAPI === 'local' })
  return doc
}
