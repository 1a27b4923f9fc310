import type { Dictionary } from '@/i18n/dictionary'
import type { StorySummary } from '@/lib/cms/types'

import { PublishedDate } from '../published-date'

type Props = {
  story: StorySummary
  marketSegment: string
  languageTag: string
  dictionary: Dictionary
}

export function StoryCard({ story, marketSegment, languageTag, dictionary }: Props) {
  return (
    <article className="story-card">
      <h3 className="story-card__title">
        <a href={`/${marketSegment}/stories/${story.slug}`}>{story.title}</a>
      </h3>
      {story.artisan ? (
        <p className="story-card__meta">
          {story.artisan.name} · {dictionary.crafts[story.artisan.craft] ?? story.artisan.craft}
        </p>
      ) : null}
      {story.excerpt ? <p className="story-card__excerpt">{story.excerpt}</p> : null}
      <PublishedDate value={story.publishedAt} languageTag={languageTag} />
    </article>
  )
}
