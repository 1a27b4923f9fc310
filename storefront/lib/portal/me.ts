import { portalRequest } from './client'
import { meResponseSchema } from './schemas'

/** The artisan account behind a token; 401 for a token of any other actor (shopper, staff). */
export function retrieveMe(token: string) {
  return portalRequest('/artisan/me', meResponseSchema, { token })
}
