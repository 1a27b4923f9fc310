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
  /** Units left when the shop tracks the stock of a work sold in one version; absent otherwise. */
  stockCount?: number | null
  /** Craft attributes from `product.metadata` (store/src/lib/craft-attributes.ts); null when absent. */
  attributes: CraftDetails
  /** Handle of the product's collection (one per craft). */
  collectionHandle: string | null
  /** Handles of the categories by use (tableware, tea-ceremony, ...). */
  categoryHandles: string[]
  /** ISO date, for "newest first". */
  createdAt: string | null
}

export type CraftDetails = {
  technique: string | null
  material: string | null
  /** Key of the care instructions (porcelain-overglaze, urushi, ...). */
  careKey: string | null
  madeToOrder: boolean
  /** Days until a made-to-order piece ships. */
  leadTimeDays: number | null
  packaging: string | null
  /** The box carries the maker's signature and seal. */
  signedBox: boolean
}
