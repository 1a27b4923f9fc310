import type { Access } from 'payload'

/** Any logged-in user of the admin. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
