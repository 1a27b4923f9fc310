import type { CollectionAfterChangeHook } from 'payload'

import type { Page, Story } from '../payload-types'

type Routed = { id: Story['id'] | Page['id']; slug?: string | null; _status?: 'draft' | 'published' | null }

/**
 * When a published document's slug changes, the old public path keeps working: a redirect (plugin-
 * redirects' collection) from the old path to the document. Runs after the change, in the same
 * transaction, so a refused save leaves no redirect behind. A redirect from the new path (the slug
 * was changed back) is removed, so no redirect loops.
 */
export function redirectOldSlug(
  collection: 'stories' | 'pages',
  pathOf: (slug: string) => string,
): CollectionAfterChangeHook<Routed> {
  return async ({ doc, previousDoc, req, operation }) => {
    if (operation !== 'update') return doc
    const oldSlug = previousDoc?.slug
    const newSlug = doc.slug
    if (!oldSlug || !newSlug || oldSlug === newSlug) return doc
    if (previousDoc?._status !== 'published' || doc._status !== 'published') return doc

    const from = pathOf(oldSlug)
    await req.payload.delete({
      collection: 'redirects',
      where: { from: { in: [from, pathOf(newSlug)] } },
      overrideAccess: true,
      req,
    })
    await req.payload.create({
      collection: 'redirects',
      data: { from, to: { type: 'reference', reference: { relationTo: collection, value: doc.id } } },
      overrideAccess: true,
      req,
    })
    return doc
  }
}
