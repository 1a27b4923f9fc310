import type { Money } from '@/i18n/money'

/** Our own commerce types: pages see these, never Medusa's JSON. */

export type Region = {
  id: string
  name: string
  /** Upper case ISO 4217: JPY, USD, EUR. */
  currency: string
  /** Lower case ISO 3166-1 alpha-2 codes. */
  countries: string[]
}

export type Availability = 'in-stock' | 'sold-out' | 'untracked'

export type ProductVariant = {
  id: string
  title: string
  price: Money | null
  /** Whether `price` already includes tax (Japan: consumption tax included). */
  taxInclusive: boolean
  availability: Availability
}

export type ProductImage = { url: string; alt: string }

export type Product = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: ProductImage[]
  /** Joins the product to its maker's profile in the CMS. */
  artisanHandle: string | null
  craft: string | null
  variants: ProductVariant[]
  /** The price shown on cards: the lowest variant price in the region's currency. */
  price: Money | null
  taxInclusive: boolean
  /** A single piece, stock of one: it can be sold once only. */
  oneOfAKind: boolean
  availability: Availability
}
