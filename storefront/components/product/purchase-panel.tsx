import { AddToCart } from '@/components/cart/add-to-cart'
import { Price } from '@/components/price'
import type { Dictionary } from '@/i18n/dictionary'
import type { ResolvedMarket } from '@/lib/market'
import type { Product } from '@/lib/commerce/types'

import { StockState } from './stock-state'

type Props = { product: Product; market: ResolvedMarket; dictionary: Dictionary }

/**
 * Price in the market's currency with its tax note, the stock state and the versions of the work.
 * Server-rendered; the cart's add-to-cart island sits at the end of this panel.
 */
export function PurchasePanel({ product, market, dictionary }: Props) {
  const priced = product.variants.filter((variant) => variant.price !== null)
  return (
    <div className="purchase">
      <Price
        money={product.price}
        taxInclusive={product.taxInclusive}
        languageTag={market.languageTag}
        dictionary={dictionary}
      />
      <StockState product={product} dictionary={dictionary} />
      {priced.length > 1 ? (
        <section aria-labelledby="variants-heading" className="variants">
          <h2 id="variants-heading" className="variants__title">
            {dictionary.browse.variants}
          </h2>
          <ul>
            {priced.map((variant) => (
              <li key={variant.id}>
                <span>{variant.title}</span>
                <Price
                  money={variant.price}
                  taxInclusive={variant.taxInclusive}
                  languageTag={market.languageTag}
                  dictionary={dictionary}
                  className="price price--small"
                />
                <AddToCart
                  market={market.segment}
                  locale={market.locale}
                  variantId={variant.id}
                  soldOut={variant.availability === 'sold-out'}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <AddToCart
          market={market.segment}
          locale={market.locale}
          variantId={priced[0]?.id ?? null}
          soldOut={product.availability === 'sold-out'}
        />
      )}
    </div>
  )
}
