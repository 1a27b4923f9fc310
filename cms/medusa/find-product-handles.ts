import { z } from 'zod'

import { getStoreProducts, type StoreApi } from './store-api'

export { MedusaUnavailableError, type StoreApi } from './store-api'

const productsResponse = z.object({
  products: z.array(z.object({ handle: z.string() })),
})

/** Which of `handles` are published products in Medusa's Store API (`GET /store/products?handle=...`). */
export async function findProductHandles(
  handles: readonly string[],
  api: StoreApi,
  fetchImpl: typeof fetch = fetch,
): Promise<Set<string>> {
  if (handles.length === 0) return new Set()
  const query = new URLSearchParams()
  for (const handle of handles) query.append('handle', handle)
  query.set('fields', 'handle')
  query.set('limit', String(handles.length))
  const { products } = await getStoreProducts(api, query, productsResponse, 'Cannot check product handles', fetchImpl)
  return new Set(products.map((product) => product.handle))
}
