import '@/components/cart/shopper.css'

import type { Locale } from '@/i18n/markets'
import { getShopperTexts } from '@/i18n/shopper-texts'

import { CartLink } from './cart-link'

type Props = { market: string; locale: Locale }

/**
 * The header's cart link with its count and drawer. Renders the same for everyone on the server
 * (the page stays cached); the browser loads the count from `/{market}/cart/summary`.
 * Usage in the header: <CartButton market={market.segment} locale={market.locale} />
 */
export function CartButton({ market, locale }: Props) {
  const texts = getShopperTexts(locale)
  return (
    <CartLink
      market={market}
      labels={{
        open: texts.cart.open,
        title: texts.cart.title,
        close: texts.cart.close,
        empty: texts.cart.empty,
        subtotal: texts.cart.subtotal,
        viewCart: texts.cart.viewCart,
        checkout: texts.cart.checkout,
        remove: texts.cart.remove,
        quantity: texts.cart.quantity,
        unavailable: texts.errors.unavailable,
        itemsOne: texts.cart.countOne,
        itemsMany: texts.cart.countMany,
      }}
    />
  )
}
