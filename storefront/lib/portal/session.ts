import { cookies } from 'next/headers'

import { env } from '@/lib/env'

import { SESSION_COOKIE } from './session-cookie'

/**
 * The artisan's session: Medusa's bearer token in an httpOnly, SameSite=Lax cookie. The browser
 * never sees the token in script; every portal page and action reads it on the server and lets
 * Medusa decide whether it is (still) an artisan's token.
 */
export { SESSION_COOKIE }

/** Medusa's JWTs live a day by default; the cookie never outlives that. */
const MAX_AGE_SECONDS = 60 * 60 * 24

export async function readSessionToken(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value
  return value && value.length > 0 ? value : null
}

/** Only in server actions and route handlers (cookies cannot be written while rendering). */
export async function writeSessionToken(token: string): Promise<void> {
  ;(await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.siteUrl.startsWith('https://'),
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  })
}

export async function clearSessionToken(): Promise<void> {
  ;(await cookies()).delete(SESSION_COOKIE)
}
