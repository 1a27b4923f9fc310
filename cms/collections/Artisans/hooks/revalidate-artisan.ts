import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { artisanTag, artisansTag } from '../../../cache-tags'
import { revalidateTags } from '../../../hooks/revalidate-tags'
import type { Artisan } from '../../../payload-types'

function tagsFor(...handles: (string | null | undefined)[]): string[] {
  return [artisansTag, ...handles.filter((h): h is string => Boolean(h)).map(artisanTag)]
}

export const revalidateArtisan: CollectionAfterChangeHook<Artisan> = async ({
  doc,
  previousDoc,
  req,
}) => {
  // A renamed handle leaves pages cached under the old one: revalidate both.
  await revalidateTags(req.payload, tagsFor(doc.handle, previousDoc?.handle))
  return doc
}

export const revalidateArtisanDelete: CollectionAfterDeleteHook<Artisan> = async ({ doc, req }) => {
  await revalidateTags(req.payload, tagsFor(doc?.handle))
  return doc
}
