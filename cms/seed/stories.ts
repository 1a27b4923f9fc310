import type { Payload } from 'payload'

import type { Artisan } from '../payload-types'

import { stories, type StorySeed } from './content/stories'
import { richText } from './lexical'
import { inTransaction } from './transaction'

async function exists(payload: Payload, slug: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'stories',
    where: { slug: { equals: slug } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function artisanId(payload: Payload, handle: string): Promise<Artisan['id']> {
  const { docs } = await payload.find({
    collection: 'artisans',
    where: { handle: { equals: handle } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const artisan = docs[0]
  if (!artisan) throw new Error(`Seed story refers to artisan "${handle}", which does not exist.`)
  return artisan.id
}

async function createStory(payload: Payload, story: StorySeed): Promise<void> {
  const artisan = await artisanId(payload, story.artisan)
  await inTransaction(payload, async (req) => {
    const doc = await payload.create({
      collection: 'stories',
      locale: 'ja',
      data: {
        _status: 'published',
        slug: story.slug,
        title: story.title.ja,
        excerpt: story.excerpt.ja,
        body: richText(story.body.ja),
        artisan,
        featuredProducts: story.featuredProducts.map((handle) => ({ handle })),
        publishedAt: story.publishedAt,
      },
      overrideAccess: true,
      req,
    })
    await payload.update({
      collection: 'stories',
      id: doc.id,
      locale: 'en',
      data: {
        _status: 'published',
        title: story.title.en,
        excerpt: story.excerpt.en,
        body: richText(story.body.en),
      },
      overrideAccess: true,
      req,
    })
  })
}

/** Creates and publishes the demo stories that do not exist yet (matched by slug). */
export async function seedStories(payload: Payload): Promise<string[]> {
  const created: string[] = []
  for (const story of stories) {
    if (await exists(payload, story.slug)) continue
    await createStory(payload, story)
    created.push(story.slug)
  }
  return created
}
