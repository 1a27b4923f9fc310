import { z } from 'zod'

import { portalRequest } from './client'
import { tokenResponseSchema } from './schemas'

/** Medusa's auth routes for the `artisan` actor, and the invitation route of the Artisan API. */

export function signIn(email: string, password: string) {
  return portalRequest('/auth/artisan/emailpass', tokenResponseSchema, {
    method: 'POST',
    body: { email, password },
  })
}

export function acceptInvite(inviteToken: string, password: string) {
  return portalRequest('/artisan/invites/accept', tokenResponseSchema, {
    method: 'POST',
    body: { token: inviteToken, password },
  })
}

/** Medusa answers 201 whether or not the address has an account (no account enumeration). */
export function requestPasswordReset(email: string) {
  return portalRequest('/auth/artisan/emailpass/reset-password', z.unknown(), {
    method: 'POST',
    body: { identifier: email },
  })
}

export function resetPassword(resetToken: string, email: string, password: string) {
  return portalRequest('/auth/artisan/emailpass/update', z.unknown(), {
    token: resetToken,
    method: 'POST',
    body: { email, password },
  })
}
