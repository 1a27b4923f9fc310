import type { Payload } from 'payload'
import { z } from 'zod'

/** Missing or unusable seed configuration: the message says which variable to fix. */
export class SeedConfigError extends Error {
  override name = 'SeedConfigError'
}

export type AdminCredentials = { email: string; password: string }

export const MIN_ADMIN_PASSWORD_LENGTH = 12

const credentialsSchema = z.object({
  email: z.email({ error: 'PAYLOAD_ADMIN_EMAIL must be an email address' }),
  password: z.string().min(MIN_ADMIN_PASSWORD_LENGTH, {
    error: `PAYLOAD_ADMIN_PASSWORD must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`,
  }),
})

/** Validates the first admin's credentials; the message names the variable to fix. */
export function parseAdminCredentials(input: {
  email?: string | undefined
  password?: string | undefined
}): AdminCredentials {
  const missing = [
    !input.email && 'PAYLOAD_ADMIN_EMAIL',
    !input.password && 'PAYLOAD_ADMIN_PASSWORD',
  ].filter(Boolean)
  if (missing.length > 0) {
    throw new SeedConfigError(
      `${missing.join(' and ')} must be set: the seed creates the first admin from them (there is no default password).`,
    )
  }
  const parsed = credentialsSchema.safeParse(input)
  if (!parsed.success)
    throw new SeedConfigError(parsed.error.issues.map((i) => i.message).join('; '))
  return parsed.data
}

/**
 * Creates the first admin user when the users collection is empty. Once anyone exists, accounts are
 * the editors' business: the seed neither resets a password nor recreates a deleted account.
 * One repair: a database from before user roles has users but no admin (the new `role` column
 * defaulted everyone to editor); the configured admin account gets its admin role back.
 */
export async function ensureFirstAdmin(
  payload: Payload,
  credentials: AdminCredentials,
): Promise<'created' | 'exists'> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: {
        email: credentials.email,
        password: credentials.password,
        name: 'Administrator',
        role: 'admin',
      },
      overrideAccess: true,
    })
    return 'created'
  }
  const admins = await payload.count({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    overrideAccess: true,
  })
  if (admins.totalDocs === 0) {
    await payload.update({
      collection: 'users',
      where: { email: { equals: credentials.email } },
      data: { role: 'admin' },
      overrideAccess: true,
    })
  }
  return 'exists'
}
