import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import { revalidateTags } from './revalidate-tags'

type TagsFor<T> = (doc: T, req: PayloadRequest) => string[] | Promise<string[]>

type WithStatus = { _status?: 'draft' | 'published' | null }

/**
 * `afterChange` / `afterDelete` hooks that revalidate the tags of a document, before and after the
 * change (a renamed slug leaves pages cached under the old one). For drafts-enabled collections, a
 * draft of a never-published document changes nothing the public sees and revalidates nothing.
 */
export function revalidateDocument<T extends TypeWithID & WithStatus>(
  tagsFor: TagsFor<T>,
): { afterChange: CollectionAfterChangeHook<T>; afterDelete: CollectionAfterDeleteHook<T> } {
  return {
    afterChange: async ({ doc, previousDoc, req }) => {
      const drafts = '_status' in doc || (previousDoc && '_status' in previousDoc)
      const isPublished = doc._status === 'published'
      const wasPublished = previousDoc?._status === 'published'
      if (drafts && !isPublished && !wasPublished) return doc
      const tags = [
        ...(drafts && !isPublished ? [] : await tagsFor(doc, req)),
        ...(previousDoc && (!drafts || wasPublished) ? await tagsFor(previousDoc, req) : []),
      ]
      await revalidateTags(req.payload, tags, { localApi: req.payloadAPI === 'local' })
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      if (doc) await revalidateTags(req.payload, await tagsFor(doc, req), { localApi: req.payloadAPI === 'local' })
      return doc
    },
  }
}
