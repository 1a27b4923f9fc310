import type { HttpTypes } from '@medusajs/types'

import type { Locale } from '@/i18n/markets'
import { type Money, toMinorUnits } from '@/i18n/money'

import type { Availability, CraftDetails, Product, ProductVariant, Region } from './types'

/** Maps Medusa's JSON to our own types. Small, pure functions: tested without a server. */

export function reshapeRegion(region: HttpTypes.StoreRegion): Region {
  return {
    id: region.id,
    name: region.name,
    currency: region.currency_code.toUpperCase(),
    countries: (region.countries ?? [])
      .map((country) => country.iso_2?.toLowerCase())
      .filter((code): code is string => Boolean(code)),
  }
}

function metadataString(
  metadata: Record<string, unknown> | null | undefined,
  key: string,
): string | null {
  const value = metadata?.[key]
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** Japanese texts live in metadata (`title_ja`, ...) until Medusa's translations are adopted. */
function localizedText(
  product: HttpTypes.StoreProduct,
  field: 'title' | 'subtitle' | 'description',
  locale: Locale,
): string | null {
  const english = product[field] ?? null
  if (locale === 'ja') return metadataString(product.metadata, `${field}_ja`) ?? english
  return english
}

function variantPrice(
  variant: HttpTypes.StoreProductVariant,
  currency: string,
): { price: Money | null; taxInclusive: boolean } {
  const calculated = variant.calculated_price
  const amount = calculated?.calculated_amount
  const code = (calculated?.currency_code ?? currency).toUpperCase()
  const minor = typeof amount === 'number' ? toMinorUnits(amount, code) : null
  return {
    price: minor === null ? null : { amount: minor, currency: code },
    taxInclusive: calculated?.is_calculated_price_tax_inclusive ?? false,
  }
}

/** Units left of a work sold in one version whose stock the shop tracks (shown on its page). */
function singleTrackedQuantity(variants: HttpTypes.StoreProductVariant[]): number | null {
  const [only] = variants
  if (variants.length !== 1 || !only || !only.manage_inventory || only.allow_backorder) return null
  return typeof only.inventory_quantity === 'number' ? only.inventory_quantity : null
}

function variantAvailability(variant: HttpTypes.StoreProductVariant): Availability {
  if (!variant.manage_inventory || variant.allow_backorder) return 'untracked'
  const quantity = variant.inventory_quantity
  if (typeof quantity !== 'number') return 'untracked'
  return quantity > 0 ? 'in-stock' : 'sold-out'
}

export function reshapeVariant(
  variant: HttpTypes.StoreProductVariant,
  currency: string,
): ProductVariant {
  return {
    id: variant.id,
    title: variant.title ?? '',
    ...variantPrice(variant, currency),
    availability: variantAvailability(variant),
  }
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true'
}

function lowestPrice(variants: ProductVariant[]): ProductVariant | undefined {
  return variants
    .filter((variant) => variant.price !== null)
    .reduce<ProductVariant | undefined>(
      (lowest, variant) =>
        !lowest || (variant.price?.amount ?? 0) < (lowest.price?.amount ?? 0) ? variant : lowest,
      undefined,
    )
}

function overallAvailability(variants: ProductVariant[]): Availability {
  if (variants.some((variant) => variant.availability === 'untracked')) return 'untracked'
  if (variants.some((variant) => variant.availability === 'in-stock')) return 'in-stock'
  return variants.length > 0 ? 'sold-out' : 'untracked'
}

/**
 * Maps a Medusa product, read with a region (so variants carry `calculated_price`), to our type,
 * in the reader's language.
 */
export function reshapeProduct(
  product: HttpTypes.StoreProduct,
  region: Pick<Region, 'currency'>,
  locale: Locale,
): Product {
  const variants = (product.variants ?? []).map((variant) =>
    reshapeVariant(variant, region.currency),
  )
  const cheapest = lowestPrice(variants)
  const title = localizedText(product, 'title', locale) ?? product.handle ?? ''
  return {
    id: product.id,
    handle: product.handle ?? '',
    title,
    subtitle: localizedText(product, 'subtitle', locale),
    description: localizedText(product, 'description', locale),
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    images: (product.images ?? []).map((image) => ({ url: image.url, alt: title })),
    artisanHandle: metadataString(product.metadata, 'artisan_handle'),
    craft: metadataString(product.metadata, 'craft'),
    variants,
    price: cheapest?.price ?? null,
    taxInclusive: cheapest?.taxInclusive ?? false,
    // Marked by the shop (metadata.one_of_a_kind); a stock of one alone may just be the last piece.
    oneOfAKind: isTrue(product.metadata?.one_of_a_kind),
    availability: overallAvailability(variants),
    stockCount: singleTrackedQuantity(product.variants ?? []),
    attributes: {
      ...reshapeCraftDetails(product.metadata),
      material: metadataString(product.metadata, 'material') ?? product.material ?? null,
    },
    collectionHandle: product.collection?.handle ?? null,
    categoryHandles: (product.categories ?? [])
      .map((category) => category.handle)
      .filter((handle): handle is string => Boolean(handle)),
    createdAt: typeof product.created_at === 'string' ? product.created_at : null,
  }
}

function metadataDays(metadata: Record<string, unknown> | null | undefined): number | null {
  const value = metadata?.lead_time_days
  const days = typeof value === 'string' ? Number.parseInt(value, 10) : value
  return typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : null
}

/** Craft attributes as store/src/lib/craft-attributes.ts writes them; missing keys become null. */
export function reshapeCraftDetails(
  metadata: Record<string, unknown> | null | undefined,
): CraftDetails {
  return {
    technique: metadataString(metadata, 'technique'),
    material: metadataString(metadata, 'material'),
    careKey: metadataString(metadata, 'care_key'),
    madeToOrder: isTrue(metadata?.made_to_order),
    leadTimeDays: metadataDays(metadata),
    packaging: metadataString(metadata, 'packaging'),
    signedBox: isTrue(metadata?.signed_box),
  }
}
