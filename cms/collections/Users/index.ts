import type { CollectionConfig } from 'payload'

import { admins, adminsField } from '../../access/admins'
import { adminsOrSelf } from '../../access/admins-or-self'
import { roleLabels, roles } from '../../access/roles'
import { firstUserIsAdmin } from './hooks/first-user-is-admin'

/**
 * People who log in to the admin at /admin: admins (also manage users), brand managers (publish)
 * and editors (write drafts).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: admins,
    delete: admins,
    read: adminsOrSelf,
    update: adminsOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'role'],
    useAsTitle: 'email',
  },
  fields: [
    {
      name: 'name',
      type: 'text',
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((role) => ({ label: roleLabels[role], value: role })),
      // Only admins hand out roles; nobody promotes themselves.
      access: { create: adminsField, update: adminsField },
      admin: {
        description: 'Admins manage users; brand managers publish; editors write drafts only.',
        position: 'sidebar',
      },
    },
  ],
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  timestamps: true,
}
