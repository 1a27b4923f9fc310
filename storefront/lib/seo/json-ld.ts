import { toDecimalString } from '@/i18n/money'
import type { Product } from '@/lib/commerce/types'

/**
 * Structured data (schema.org JSON-LD) for product and story pages. Prices are decimal strings in
 * the market's currency, never floats.
 */

type JsonLd = Record<string, unknown>

export function productAvailability(product: Product): string {
  if (product.availability === 'sold-out') {
    return product.oneOfAKind ? 'https://schema.org/SoldOut' : 'https://schema.org/OutOfStock'
  }
  if (product.attributes.madeToOrder) return 'https://schema.org/MadeToOrder'
  return 'https://schema.org/InStock'
}

export function productJsonLd(input: {
  product: Product
  url: string
  brand: string
  artisanName: string | null
}): JsonLd {
  const { product, url, brand, artisanName } = input
  const images = product.images.map((image) => image.url)
  if (images.length === 0 && product.thumbnail) images.push(product.thumbnail)
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.subtitle ?? product.description ?? undefined,
    sku: product.handle,
    url,
    image: images.length > 0 ? images : undefined,
    brand: { '@type': 'Brand', name: brand },
    material: product.attributes.material ?? undefined,
    ...(artisanName ? { manufacturer: { '@type': 'Person', name: artisanName } } : {}),
    ...(product.price
      ? {
          offers: {
            '@type': 'Offer',
            url,
            price: toDecimalString(product.price),
            priceCurrency: product.price.currency,
            availability: productAvailability(product),
            itemCondition: 'https://schema.org/NewCondition',
            ...(product.taxInclusive
              ? {
                  priceSpecification: {
                    '@type': 'UnitPriceSpecification',
                    price: toDecimalString(product.price),
                    priceCurrency: product.price.currency,
                    valueAddedTaxIncluded: true,
                  },
                }
              : {}),
          },
        }
      : {}),
  }
}

export function articleJsonLd(input: {
  headline: string
  description: string | null
  url: string
  datePublished: string | null
  image: string | null
  authorName: string | null
  publisher: string
  inLanguage: string
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline.slice(0, 110),
    description: input.description ?? undefined,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: input.inLanguage,
    datePublished: input.datePublished ?? undefined,
    image: input.image ? [input.image] : undefined,
    author: input.authorName
      ? { '@type': 'Person', name: input.authorName }
      : { '@type': 'Organization', name: input.publisher },
    publisher: { '@type': 'Organization', name: input.publisher },
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
