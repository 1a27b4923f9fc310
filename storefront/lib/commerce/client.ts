import Medusa from '@medusajs/js-sdk'

import { env, StorefrontEnvError } from '@/lib/env'

let client: Medusa | undefined

/**
 * The one Medusa SDK instance of the storefront: server side only, reading the Store API with the
 * publishable key. No customer token is ever stored in it (`nostore`).
 */
export function medusa(): Medusa {
  if (client) return client
  if (!env.medusaPublishableKey) {
    throw new StorefrontEnvError(
      'MEDUSA_PUBLISHABLE_KEY is not set: the storefront cannot read products from Medusa.',
    )
  }
  client = new Medusa({
    baseUrl: env.medusaBackendUrl,
    publishableKey: env.medusaPublishableKey,
    auth: { type: 'jwt', jwtTokenStorageMethod: 'nostore' },
  })
  return client
}
