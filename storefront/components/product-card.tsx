import Link from 'next/link'

import type { Dictionary } from '@/i18n/dictionary'
import type { Product } from '@/lib/commerce/types'

import { Price } from './price'

type Props = {
  product: Product
  marketSegment: string
  languageTag: string
  dictionary: Dictionary
}

export function ProductCard({ product, marketSegment, languageTag, dictionary }: Props) {
  const craft = product.craft ? dictionary.crafts[product.craft] : undefined
  return (
    <article className="card">
      <Link href={`/${marketSegment}/products/${product.handle}`} className="card__link">
        <div className="card__media">
          {product.thumbnail ? (
            // Medusa serves the images; plain <img> keeps the page free of an image optimizer.
            <img src={product.thumbnail} alt="" loading="lazy" decoding="async" />
          ) : null}
        </div>
        <h3 className="card__title">{product.title}</h3>
      </Link>
      {craft ? <p className="card__meta">{craft}</p> : null}
      <Price
        money={product.price}
        taxInclusive={product.taxInclusive}
        languageTag={languageTag}
        dictionary={dictionary}
      />
      {product.availability === 'sold-out' ? (
        <p className="badge badge--muted">{dictionary.product.soldOut}</p>
      ) : product.oneOfAKind ? (
        <p className="badge">{dictionary.product.oneOfAKind}</p>
      ) : null}
    </article>
  )
}
