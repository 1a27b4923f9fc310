import type { Dictionary } from '@/i18n/dictionary'
import type { Product } from '@/lib/commerce/types'

/**
 * The one line a shopper needs about availability: sold, one of a kind, made to order (with the
 * days to shipping), or in stock.
 */
export function stockStateText(product: Product, dictionary: Dictionary): string {
  if (product.availability === 'sold-out') {
    return product.oneOfAKind ? dictionary.browse.sold : dictionary.product.soldOut
  }
  if (product.oneOfAKind) return dictionary.product.oneOfAKind
  if (product.attributes.madeToOrder) {
    return dictionary.browse.madeToOrder(product.attributes.leadTimeDays)
  }
  if (product.stockCount != null && product.stockCount > 0) return dictionary.product.inStockCount(product.stockCount)
  return dictionary.product.inStock
}

export function StockState({ product, dictionary }: { product: Product; dictionary: Dictionary }) {
  const sold = product.availability === 'sold-out'
  return (
    <p className={sold ? 'badge badge--muted' : 'badge'} data-stock-state>
      {stockStateText(product, dictionary)}
    </p>
  )
}
