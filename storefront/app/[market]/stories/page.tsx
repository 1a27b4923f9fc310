import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/page-shell'
import { StoryList } from '@/components/story/story-list'
import { getDictionary } from '@/i18n/dictionary'
import { listLatestStories } from '@/lib/cms/stories'
import { resolveMarket } from '@/lib/market'
import { optionalRead } from '@/lib/optional-read'
import { alternatesFor } from '@/lib/seo/alternates'
import { listMarkets } from '@/lib/seo/markets'

type Props = PageProps<'/[market]/stories'>

const STORIES_LIMIT = 60

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = await resolveMarket((await params).market)
  if (!market) return {}
  const dictionary = getDictionary(market.locale)
  return {
    title: dictionary.browse.storiesTitle,
    description: dictionary.browse.storiesIntro,
    alternates: alternatesFor(market, '/stories', await listMarkets()),
  }
}

/** The magazine: every published story, newest first. */
export default async function StoriesPage({ params }: Props) {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  const dictionary = getDictionary(market.locale)
  const stories = await optionalRead(
    'story list',
    () => listLatestStories(market.locale, STORIES_LIMIT),
    [],
  )
  return (
    <PageShell market={market} dictionary={dictionary} path="/stories">
      <header className="page-header">
        <h1>{dictionary.browse.storiesTitle}</h1>
        <p className="muted">{dictionary.browse.storiesIntro}</p>
      </header>
      {stories.length > 0 ? (
        <StoryList stories={stories} market={market} dictionary={dictionary} />
      ) : (
        <p className="muted">{dictionary.home.noStories}</p>
      )}
    </PageShell>
  )
}
