import type { Block } from 'payload'

import { productHandlesField } from '../fields/product-handles'

/**
 * Story body: products from the shop, by Medusa handle. The storefront joins them by handle at render
 * time (prices and stock stay in Medusa); an unknown handle is refused when the story is saved.
 */
export const FeaturedProducts: Block = {
  slug: 'featuredProducts',
  interfaceName: 'FeaturedProductsBlock',
  labels: { singular: 'Featured products', plural: 'Featured products' },
  fields: [
    { name: 'heading', type: 'text' },
    productHandlesField(
      'products',
      'Medusa product handles, e.g. kutani-gosai-plate (checked against the shop on save).',
      { required: true, maxRows: 8 },
    ),
  ],
}
