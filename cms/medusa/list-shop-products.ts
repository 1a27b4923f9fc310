import { z } from 'zod'

import { MedusaUnavailableError, type StoreApi } from './find-product-handles'

const page = z.object({
  products: z.array(z.object({ handle: z.string(), title: z.string() })),
  count: z.number(),
})

export type ShopProduct = z.infer<typeof page>['products'][number]

/** Every published product the shop sells (handle and title), for the editors' product picker. */
export async function listShopProducts(api: StoreApi, fetchImpl: typeof fetch = fetch): Promise<ShopProduct[]> {
  if (!api.publishableKey) {
    throw new MedusaUnavailableError('Cannot list products: MEDUSA_PUBLISHABLE_KEY is not set on this server.')
  }
  const products: ShopProduct[] = []
  const limit = 100
  for (let offset = 0; ; offset += limit) {
    const url = new URL('/store/products', api.backendUrl)
    url.searchParams.set('fields', 'handle,title')
    url.searchParams.set('limit', String(limit))
    url.searchParams.set('offset', String(offset))
    url.searchParams.set('order', 'title')
    let response: Response
    try {
      response = await fetchImpl(url, {
        headers: { 'x-publishable-api-key': api.publishableKey, accept: 'application/json' },
        signal: AbortSignal.timeout(5_000),
      })
    } catch (err) {
      throw new MedusaUnavailableError(`Cannot list products: the shop (Medusa) did not answer (${(err as Error).message}).`)
    }
    if (!response.ok) throw new MedusaUnavailableError(`Cannot list products: the shop (Medusa) answered ${response.status}.`)
    const parsed = page.safeParse(await response.json())
    if (!parsed.success) throw new MedusaUnavailableError('Cannot list products: unexpected answer from Medusa.')
    products.push(...parsed.data.products)
    if (offset + limit >= parsed.data.count || parsed.data.products.length === 0) return products
  }
}
