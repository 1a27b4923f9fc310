/** The browser event the add-to-cart button sends so the header's cart count and drawer follow. */
export const CART_CHANGED = 'ginza:cart-changed'

export type CartChangedDetail = { count: number; open: boolean }

export function announceCartChange(detail: CartChangedDetail): void {
  window.dispatchEvent(new CustomEvent<CartChangedDetail>(CART_CHANGED, { detail }))
}
