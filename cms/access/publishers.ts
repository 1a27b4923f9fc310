import type { Access } from 'payload'

import { canPublish } from './roles'

/** Admins and brand managers (site-wide settings such as the header, footer and announcement bar). */
export const publishers: Access = ({ req: { user } }) => canPublish(user)
