import { z } from 'zod'

/** Checks of the sign-in, invitation and password forms (messages come from i18n/portal). */

export const PASSWORD_MIN = 10
const PASSWORD_MAX = 128

export type CredentialError = 'email' | 'passwordTooShort' | 'passwordMismatch'

const emailSchema = z.email()

export function normaliseEmail(raw: string): string | null {
  const email = raw.normalize('NFKC').trim().toLowerCase()
  return emailSchema.safeParse(email).success ? email : null
}

/** A new password and its repetition: the first problem found, or null when both are fine. */
export function checkNewPassword(password: string, confirm: string): CredentialError | null {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return 'passwordTooShort'
  if (password !== confirm) return 'passwordMismatch'
  return null
}

/** Tokens from emailed links: JWTs or opaque random strings, never anything with spaces. */
export function isPlausibleToken(token: string): boolean {
  return /^[A-Za-z0-9._~+/=-]{16,4096}$/.test(token)
}
