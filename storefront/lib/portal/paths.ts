/** URLs of the portal inside a market: `/ja-jp/artisan`, `/ja-jp/artisan/products/{id}`. */
export function portalPath(marketSegment: string, path = ''): string {
  return `/${marketSegment}/artisan${path}`
}

/** Medusa ids: `prod_01J…`, `order_01J…`. Anything else never reaches the API. */
export const MEDUSA_ID = /^[a-z]+_[A-Za-z0-9]{6,64}$/
