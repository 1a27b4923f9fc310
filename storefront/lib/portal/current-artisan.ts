import { redirect } from 'next/navigation'

import { retrieveMe } from './me'
import { portalPath } from './paths'
import type { Artisan } from './schemas'
import { readSessionToken } from './session'

export type ArtisanSession = { token: string; artisan: Artisan }

/**
 * The signed-in artisan, checked by Medusa on every call: no cookie, an expired token, or a token of
 * another actor (a shopper's customer token, an admin's) → the sign-in page. Every portal page and
 * action starts here.
 */
export async function requireArtisan(marketSegment: string): Promise<ArtisanSession> {
  const token = await readSessionToken()
  const signIn = portalPath(marketSegment, '/sign-in')
  if (!token) redirect(signIn)
  const me = await retrieveMe(token)
  if (!me.ok) {
    if (me.status === 401 || me.status === 403) redirect(signIn)
    throw new Error(`GET /artisan/me failed: ${me.status} ${me.message}`)
  }
  return { token, artisan: me.data.artisan }
}
