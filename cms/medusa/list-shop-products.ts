import { z } from 'zod'

import { getStoreProducts, type StoreApi } from './store-api'

const page = z.object({
  products: z.array(z.object({ handle: z.string(), title: z.string() })),
  count: z.number(),
})

export type ShopProduct = z.infer<typeof page>['products'][number]

/** Every published product the shop sells (handle and title), for the editors' product picker. */
export async function listShopProducts(api: StoreApi, fetchImpl: typeof fetch = fetch): Promise<ShopProduct[]> {
  const products: ShopProduct[] = []
  const limit = 100
  for (let offset = 0; ; offset += limit) {
    const query = new URLSearchParams({ fields: 'handle,title', limit: String(limit), offset: String(offset), order: 'title' })
    const { products: batch, count } = await getStoreProducts(api, query, page, 'Cannot list products', fetchImpl)
    products.push(...batch)
    if (offset + limit >= count || batch.length === 0) return products
  }
}
