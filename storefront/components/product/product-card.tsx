import Image from 'next/image'
import Link from 'next/link'

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
      <Link href={`/${marketSegment}/products/${product.handle}`} className="card__link">
        <div className="card__media">
          {product.thumbnail ? (
            <Image
              src={product.thumbnail}
              alt=""
              width={400}
              height={400}
              sizes="(min-width: 40rem) 16rem, 50vw"
              priority={priority}
            />
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
      {showState ? (
        <p className={product.availability === 'sold-out' ? 'badge badge--muted' : 'badge'}>
          {stockStateText(product, dictionary)}
        </p>
      ) : null}
    </article>
  )
}
