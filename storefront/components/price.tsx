import type { Dictionary } from '@/i18n/dictionary'
import { formatMoney, type Money } from '@/i18n/money'

type Props = {
  money: Money | null
  taxInclusive: boolean
  languageTag: string
  dictionary: Dictionary
  className?: string
}

/** A price in the market's currency, with the tax note shoppers in Japan expect (税込). */
export function Price({ money, taxInclusive, languageTag, dictionary, className }: Props) {
  if (!money) return <p className="price price--missing">{dictionary.product.priceUnavailable}</p>
  return (
    <p className={className ?? 'price'}>
      <data value={`${money.amount} ${money.currency}`}>{formatMoney(money, languageTag)}</data>
      {taxInclusive ? <span className="price__tax">{dictionary.price.taxIncluded}</span> : null}
    </p>
  )
}
