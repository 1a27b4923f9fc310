import type { CollectionSlug, PayloadRequest } from 'payload'

type Related = unknown

/**
 * A string field (`handle`, `slug`) of a related document, whether the relation arrives as an id
 * or populated. Hooks use it to name the related document's cache tag.
 */
export async function relatedKey(
  related: Related,
  collection: CollectionSlug,
  key: string,
  req: PayloadRequest,
): Promise<string | undefined> {
  if (related === null || related === undefined) return undefined
  if (typeof related === 'object') {
    const value: unknown = (related as Record<string, unknown>)[key]
    return typeof value === 'string' ? value : undefined
  }
  if (typeof related !== 'number' && typeof related !== 'string') return undefined
  const found = await req.payload
    .findByID({ collection, id: related, depth: 0, req, disableErrors: true, overrideAccess: true })
    .catch(() => null)
  const value = (found as Record<string, unknown> | null)?.[key]
  return typeof value === 'string' ? value : undefined
}
