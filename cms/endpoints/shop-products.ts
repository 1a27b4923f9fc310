import type { Endpoint } from 'payload'

import { env } from '../env'
import { MedusaUnavailableError } from '../medusa/find-product-handles'
import { listShopProducts } from '../medusa/list-shop-products'

/**
 * `GET /api/shop-products`: the shop's published products (handle, title) for the product picker
 * of the admin. Signed-in CMS users only; Medusa is asked from the server (no CORS, no key in the
 * browser).
 */
export const shopProductsEndpoint: Endpoint = {
  path: '/shop-products',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Sign in to the CMS first.' }, { status: 401 })
    try {
      const products = await listShopProducts({
        backendUrl: env.medusaBackendUrl,
        publishableKey: env.medusaPublishableKey,
      })
      return Response.json({ products }, { headers: { 'cache-control': 'private, max-age=60' } })
    } catch (err) {
      if (err instanceof MedusaUnavailableError) return Response.json({ error: err.message }, { status: 503 })
      throw err
    }
  },
}
