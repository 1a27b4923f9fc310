import { market as marketParam } from 'next/root-params'

import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { defaultMarket, parseMarket } from '@/i18n/markets'

/** 404 inside a market: in the market's language, with a way back to its home. */
export default async function MarketNotFound() {
  const market = parseMarket((await marketParam()) ?? '') ?? defaultMarket
  const dictionary = getDictionary(market.locale)
  return (
    <PageShell market={market} dictionary={dictionary} path="">
      <section className="not-found">
        <h1>{dictionary.notFound.title}</h1>
        <p>{dictionary.notFound.text}</p>
        <p>
          <a href={`/${market.segment}`}>{dictionary.notFound.back}</a>
        </p>
      </section>
    </PageShell>
  )
}
