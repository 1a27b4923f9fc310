import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins see and edit every account; anyone else only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
