import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageBlocks } from '@/components/blocks/page-blocks'
import { PageShell } from '@/components/page-shell'
import { getDictionary } from '@/i18n/dictionary'
import { getPage } from '@/lib/cms/pages'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { resolveMarket } from '@/lib/market'
import { alternatesFor } from '@/lib/seo/alternates'
import { listMarkets } from '@/lib/seo/markets'

type Props = PageProps<'/[market]/[slug]'>

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Brand pages from the CMS (`/about`, `/visit`); `home` is the market's root, not `/home`. */
async function load(params: Props['params']) {
  const { market: segment, slug } = await params
  if (!SLUG.test(slug) || slug.length > 100 || slug === 'home') return null
  const market = await resolveMarket(segment)
  if (!market) return null
  const page = await getPage(slug, market.locale)
  return page ? { market, page } : null
}

export function generateStaticParams(): { slug: string }[] {
  return [{ slug: BUILD_PLACEHOLDER }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  return {
    title: found.page.title,
    alternates: alternatesFor(found.market, `/${found.page.slug}`, await listMarkets()),
  }
}

export default async function BrandPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { market, page } = found
  const dictionary = getDictionary(market.locale)
  const hasHero = page.blocks.some((block) => block.blockType === 'hero')
  return (
    <PageShell market={market} dictionary={dictionary} path={`/${page.slug}`}>
      {hasHero ? null : <h1>{page.title}</h1>}
      <PageBlocks blocks={page.blocks} market={market} dictionary={dictionary} />
    </PageShell>
  )
}
