import Link from 'next/link'

import type { Locale } from '@/i18n/markets'
import { formatMoney } from '@/i18n/money'
import type { PortalDictionary } from '@/i18n/portal'
import { parseWholeNumber } from '@/lib/portal/numbers'
import { portalPath } from '@/lib/portal/paths'
import type { ArtisanProduct } from '@/lib/portal/schemas'

import { productStateLabel, productStates } from './product-state'

type Props = {
  market: string
  locale: Locale
  languageTag: string
  products: ArtisanProduct[]
  dictionary: PortalDictionary
}

/** The artisan's works: photo, title, yen price, stock and state; each opens its edit page. */
export function ProductList({ market, locale, languageTag, products, dictionary }: Props) {
  if (products.length === 0) return <p className="muted">{dictionary.dashboard.noProducts}</p>
  return (
    <ul className="portal-list">
      {products.map((product) => {
        const title = (locale === 'ja' ? product.title_ja : product.title_en) || product.title_en
        const yenAmount = product.prices.find((p) => p.currency_code === 'jpy')?.amount
        const yen = yenAmount ? parseWholeNumber(yenAmount) : null
        return (
          <li key={product.id} className="portal-item" data-product-handle={product.handle}>
            {product.thumbnail ? (
              <img src={product.thumbnail} alt="" className="portal-item__photo" loading="lazy" />
            ) : (
              <span className="portal-item__photo portal-item__photo--empty">{dictionary.dashboard.noPhoto}</span>
            )}
            <div className="portal-item__body">
              <Link href={portalPath(market, `/products/${product.id}`)} className="portal-item__title">
                {title}
              </Link>
              <p className="portal-item__meta">
                {yen !== null ? <span>{formatMoney({ amount: yen, currency: 'JPY' }, languageTag)}</span> : null}
                <span>
                  {dictionary.dashboard.stock}: <strong>{product.stock}</strong>
                </span>
              </p>
              <ul className="portal-tags">
                {productStates(product).map((state) => (
                  <li key={state} className={`portal-tag portal-tag--${state}`}>
                    {productStateLabel(state, dictionary)}
                  </li>
                ))}
              </ul>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
