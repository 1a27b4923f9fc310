import { ShopImage } from '@/components/shop-image'

import { Price } from '@/components/price'
import type { Dictionary } from '@/i18n/dictionary'
import type { Product } from '@/lib/commerce/types'

import { stockStateText } from './stock-state'

type Props = {
  product: Product
  marketSegment: string
  languageTag: string
  dictionary: Dictionary
  /** The first cards of a page are above the fold: load their image first. */
  priority?: boolean
}

export function ProductCard({ product, marketSegment, languageTag, dictionary, priority }: Props) {
  const craft = product.craft ? dictionary.crafts[product.craft] : undefined
  const showState =
    product.availability === 'sold-out' || product.oneOfAKind || product.attributes.madeToOrder
  return (
    <article className="card">
      <a href={`/${marketSegment}/products/${product.handle}`} className="card__link">
        <div className="card__media">
          {product.thumbnail ? (
            <ShopImage
              src={product.thumbnail}
              alt=""
              // Shown at most 16rem wide: a 1x and a 2x candidate (384 and 640 px) are enough.
              width={256}
              height={256}
              priority={priority}
            />
          ) : null}
        </div>
        <h3 className="card__title">{product.title}</h3>
      </a>
      {craft ? <p className="card__meta">{craft}</p> : null}
      <Price
        money={product.price}
        taxInclusive={product.taxInclusive}
        languageTag={languageTag}
        dictionary={dictionary}
      />
      {showState ? (
        <p className={product.availability === 'sold-out' ? 'badge badge--muted' : 'badge'}>
          {stockStateText(product, dictionary)}
        </p>
      ) : null}
    </article>
  )
}
