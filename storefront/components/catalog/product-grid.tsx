import { ProductCard } from '@/components/product/product-card'
import type { Dictionary } from '@/i18n/dictionary'
import type { Product } from '@/lib/commerce/types'

type Props = {
  products: Product[]
  marketSegment: string
  languageTag: string
  dictionary: Dictionary
  /** How many first cards load their image eagerly (0 below the fold). */
  eager?: number
}

export function ProductGrid({ products, marketSegment, languageTag, dictionary, eager = 0 }: Props) {
  return (
    <ul className="grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            marketSegment={marketSegment}
            languageTag={languageTag}
            dictionary={dictionary}
            priority={index < eager}
          />
        </li>
      ))}
    </ul>
  )
}
