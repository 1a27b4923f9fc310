import type { Dictionary } from '@/i18n/dictionary'
import type { StorySummary } from '@/lib/cms/types'

import { StoryList } from './story-list'

type Props = {
  title: string
  stories: StorySummary[]
  market: { segment: string; languageTag: string }
  dictionary: Dictionary
}

/** A titled list of story cards (a maker's stories, the stories featuring a work); nothing when empty. */
export function StorySection({ title, stories, market, dictionary }: Props) {
  if (stories.length === 0) return null
  return (
    <section className="section" aria-labelledby="stories-heading">
      <h2 id="stories-heading" className="section__title">
        {title}
      </h2>
      <StoryList stories={stories} market={market} dictionary={dictionary} />
    </section>
  )
}
