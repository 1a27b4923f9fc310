import type { Payload } from 'payload'

import type { User } from '../payload-types'

export type Role = User['role']

/** Creates one user per role (the first user created becomes the admin). */
export async function createUsers(payload: Payload): Promise<Record<Role, User>> {
  const make = (role: Role) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@example.com`, password: `a-long-${role}-password`, role },
      overrideAccess: true,
    })
  const admin = await make('admin')
  return { admin, 'brand-manager': await make('brand-manager'), editor: await make('editor') }
}
