import { en } from '@/i18n/dictionaries/en'
import { getStory } from '@/lib/cms/stories'
import { isLatin, OG_SIZE, ogCard } from '@/lib/seo/og-image'

export const size = OG_SIZE
export const contentType = 'image/png'
export const alt = 'Ginza no Kanazawa'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The story's card for link previews, with its English title. */
export default async function StoryOgImage({
  params,
}: {
  params: Promise<{ market: string; slug: string }>
}) {
  const { slug } = await params
  const story = SLUG.test(slug) && slug.length <= 200 ? await getStory(slug, 'en').catch(() => null) : null
  if (!story || !isLatin(story.title)) {
    return ogCard({ eyebrow: 'STORIES', title: en.home.heroTitle, line: null })
  }
  const maker = story.artisan?.name ?? null
  return ogCard({ eyebrow: 'STORIES', title: story.title, line: maker && isLatin(maker) ? maker : null })
}
