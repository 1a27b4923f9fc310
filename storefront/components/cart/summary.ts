import { formatMoney } from '@/i18n/money'
import type { Cart } from '@/lib/commerce/cart'

/** What the header's cart count and drawer show, formatted on the server in the market's language. */
export type CartSummary = {
  count: number
  lines: Array<{
    id: string
    title: string
    quantity: number
    totalText: string | null
    thumbnail: string | null
    href: string
  }>
  subtotalText: string | null
  /** Medusa could not be reached: the drawer says so instead of showing an empty cart. */
  unavailable?: boolean
}

export const emptySummary: CartSummary = { count: 0, lines: [], subtotalText: null }

export function summarizeCart(cart: Cart, marketSegment: string, languageTag: string): CartSummary {
  return {
    count: cart.itemCount,
    lines: cart.lines.map((line) => ({
      id: line.id,
      title: line.title,
      quantity: line.quantity,
      totalText: line.total ? formatMoney(line.total, languageTag) : null,
      thumbnail: line.thumbnail,
      href: `/${marketSegment}/products/${line.productHandle}`,
    })),
    subtotalText: cart.subtotal ? formatMoney(cart.subtotal, languageTag) : null,
  }
}
