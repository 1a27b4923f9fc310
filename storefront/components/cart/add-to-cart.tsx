import '@/components/cart/shopper.css'

import { getShopperTexts } from '@/i18n/shopper-texts'
import type { Locale } from '@/i18n/markets'

import { AddToCartButton } from './add-to-cart-button'

type Props = {
  /** The page's market segment: `en-us`. */
  market: string
  locale: Locale
  variantId: string | null
  /** Sold out (or a one-of-a-kind piece already sold): the button says so and cannot be pressed. */
  soldOut: boolean
}

/**
 * The product page's add-to-cart island. A server component that hands its texts to a small
 * client button; the cart itself is changed by a server action (actions/cart.ts), so the page
 * stays a cached document. Usage on the product page:
 *   <AddToCart market={market.segment} locale={market.locale} variantId={variant.id}
 *              soldOut={product.availability === 'sold-out'} />
 */
export function AddToCart({ market, locale, variantId, soldOut }: Props) {
  const texts = getShopperTexts(locale)
  return (
    <AddToCartButton
      market={market}
      variantId={variantId}
      soldOut={soldOut || !variantId}
      labels={{
        add: texts.cart.add,
        adding: texts.cart.adding,
        added: texts.cart.added,
        soldOut: texts.cart.soldOut,
        viewCart: texts.cart.viewCart,
        checkout: texts.cart.checkout,
        errors: {
          unavailable: texts.errors.unavailable,
          soldOut: texts.errors.soldOut,
          generic: texts.errors.generic,
        },
      }}
    />
  )
}
