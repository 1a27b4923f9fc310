import type { CareKey, CraftSlug, Packaging } from "../../../../lib/craft-attributes"
import type { CategoryHandle } from "../categories"

export type { CraftSlug }

/** A text in the base language (English) and its Japanese translation. */
export type Bilingual = { en: string; ja: string }

/** Amounts in Medusa units: whole yen, dollars and euros (all integers here). */
export type Prices = { jpy: number; usd: number; eur: number }

/** Millimetres. */
export type Size = { length: number; width: number; height: number }

/** One purchasable version of a product; `weight` is the packed piece in grams, box included. */
export type VariantSeed = {
  /** Appended to the product's SKU: `KUTANI-SAKE-CUPS-PAIR-GREEN`. */
  skuSuffix: string
  /** Value of the product's option (`option` below), in both languages. */
  value: Bilingual
  prices: Prices
  stock: number
  weight: number
  size: Size
}

export type CraftDetails = {
  technique: string
  material: string
  care_key: CareKey
  one_of_a_kind?: boolean
  made_to_order?: boolean
  lead_time_days?: number
  packaging: Packaging
  signed_box?: boolean
}

type ProductBase = {
  handle: string
  artisan: string
  craft: CraftSlug
  categories: CategoryHandle[]
  title: string
  subtitle: string
  description: string
  ja: { title: string; subtitle: string; description: string }
  hsCode: string
  details: CraftDetails
}

/** A product sold in one version only. */
export type SingleProductSeed = ProductBase & {
  prices: Prices
  stock: number
  weight: number
  size: Size
}

/** A product in several versions (size, colour, motif). */
export type VariedProductSeed = ProductBase & {
  option: Bilingual
  variants: VariantSeed[]
}

export type ProductSeed = SingleProductSeed | VariedProductSeed

export function isVaried(seed: ProductSeed): seed is VariedProductSeed {
  return "variants" in seed
}
