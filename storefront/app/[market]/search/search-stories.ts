import type { Locale } from '@/i18n/markets'
import { listLatestStories } from '@/lib/cms/stories'
import type { StorySummary } from '@/lib/cms/types'
import { queryTerms, scoreText } from '@/lib/commerce/search-text'

const SEARCHED_STORIES = 100

/** Stories whose title, excerpt or maker match every word of the query, best first. */
export async function searchStories(locale: Locale, query: string, limit = 12): Promise<StorySummary[]> {
  const terms = queryTerms(query)
  if (terms.length === 0) return []
  const stories = await listLatestStories(locale, SEARCHED_STORIES)
  return stories
    .map((story, index) => ({
      story,
      index,
      score: scoreText(terms, [story.title, story.excerpt, story.artisan?.name ?? null, story.artisan?.handle ?? null]),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ story }) => story)
}
