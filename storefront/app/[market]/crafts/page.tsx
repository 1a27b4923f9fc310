import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { crafts } from '@cms/crafts'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { listCrafts } from '@/lib/cms/crafts'
import { listAllProducts } from '@/lib/commerce/products'
import { resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'
import { alternatesFor } from '@/lib/seo/alternates'
import { listMarkets } from '@/lib/seo/markets'

type Props = PageProps<'/[market]/crafts'>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  const dictionary = getDictionary(market.locale)
  return {
    title: dictionary.browse.craftsTitle,
    alternates: alternatesFor(market, '/crafts', await listMarkets()),
  }
}

/** The nine crafts of Kanazawa, each with the number of works in the shop. */
export default async function CraftsPage({ params }: Props) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const dictionary = getDictionary(market.locale)
  const [products, guides] = await Promise.all([
    listAllProducts(market.region, market.locale),
    optionalRead('craft guides', () => listCrafts(market.locale), []),
  ])
  const summaries = new Map(guides.map((guide) => [guide.slug, guide.summary]))
  return (
    <PageShell market={market} dictionary={dictionary} path="/crafts">
      <h1>{dictionary.browse.craftsTitle}</h1>
      <ul className="craft-list">
        {crafts.map(({ slug }) => {
          const count = products.filter((p) => p.craft === slug || p.collectionHandle === slug).length
          return (
            <li key={slug}>
              <a href={`/${market.segment}/crafts/${slug}`}>{dictionary.crafts[slug] ?? slug}</a>
              <span className="muted"> · {dictionary.browse.results(count)}</span>
              {summaries.get(slug) ? <p>{summaries.get(slug)}</p> : null}
            </li>
          )
        })}
      </ul>
    </PageShell>
  )
}
