import type { Dictionary } from '@/i18n/dictionary'
import type { StorySummary } from '@/lib/cms/types'

import { StoryCard } from './story-card'

type Props = {
  stories: StorySummary[]
  market: { segment: string; languageTag: string }
  dictionary: Dictionary
}

/** Story cards as a list: the magazine, the home's latest stories, search results, a work's stories. */
export function StoryList({ stories, market, dictionary }: Props) {
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.slug}>
          <StoryCard
            story={story}
            marketSegment={market.segment}
            languageTag={market.languageTag}
            dictionary={dictionary}
          />
        </li>
      ))}
    </ul>
  )
}
