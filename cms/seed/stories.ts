import type { Payload } from 'payload'

import { SKIP_PRODUCT_CHECK } from '../fields/product-handles'
import type { Artisan, Craft } from '../payload-types'

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

async function craftId(payload: Payload, slug: string): Promise<Craft['id'] | undefined> {
  const { docs } = await payload.find({
    collection: 'crafts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.id
}

async function findArtisan(payload: Payload, handle: string): Promise<Artisan> {
  const { docs } = await payload.find({
    collection: 'artisans',
    where: { handle: { equals: handle } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const artisan = docs[0]
  if (!artisan) throw new Error(`Seed story refers to artisan "${handle}", which does not exist.`)
  return artisan
}

async function createStory(payload: Payload, story: StorySeed): Promise<void> {
  const artisan = await findArtisan(payload, story.artisan)
  const craft = await craftId(payload, artisan.craft)
  await inTransaction(payload, async (req) => {
    // The product handles come from Medusa's own seed, which is not serving yet while this runs.
    const doc = await payload.create({
      collection: 'stories',
      locale: 'ja',
      data: {
        _status: 'published',
        slug: story.slug,
        title: story.title.ja,
        excerpt: story.excerpt.ja,
        body: richText(story.body.ja),
        artisan: artisan.id,
        craft,
        featuredProducts: story.featuredProducts.map((handle) => ({ handle })),
        publishedAt: story.publishedAt,
      },
      overrideAccess: true,
      context: { [SKIP_PRODUCT_CHECK]: true },
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
      context: { [SKIP_PRODUCT_CHECK]: true },
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
