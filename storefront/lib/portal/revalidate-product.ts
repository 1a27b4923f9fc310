import { revalidateTag } from 'next/cache'

import { catalogTag, productTag } from '@/lib/commerce/cache-tags'

/**
 * The portal runs inside the shop's own Next.js server, so after a save it marks the product's
 * pages stale at once; Medusa's subscriber sends the same tags through /api/revalidate for changes
 * made anywhere else (admin, orders).
 */
export function revalidateProduct(handle: string): void {
  revalidateTag(productTag(handle), { expire: 0 })
  revalidateTag(catalogTag, { expire: 0 })
}
