/** Roles of the admin's users. Brand managers publish; editors write drafts only; admins also manage users. */
export const roles = ['admin', 'brand-manager', 'editor'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { ja: string; en: string }> = {
  admin: { ja: '管理者', en: 'Admin' },
  'brand-manager': { ja: 'ブランドマネージャー', en: 'Brand manager' },
  editor: { ja: '編集者', en: 'Editor' },
}

type MaybeUser = object | null | undefined

/** The user's role, read defensively: the user may be a client-side copy or from another collection. */
export function roleOf(user: MaybeUser): Role | undefined {
  const role: unknown = user && 'role' in user ? user.role : undefined
  return (roles as readonly unknown[]).includes(role) ? (role as Role) : undefined
}

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}

/** Admins and brand managers may publish; editors may not. */
export function canPublish(user: MaybeUser): boolean {
  return hasRole(user, 'admin', 'brand-manager')
}
