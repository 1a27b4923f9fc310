import type { Access } from 'payload'

/**
 * Logged-in users see everything, drafts included; the public sees published documents only.
 * (`read: () => true` on a drafts-enabled collection would show drafts to anonymous readers.)
 */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
