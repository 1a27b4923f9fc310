import type { Payload } from 'payload'

import { SKIP_PRODUCT_CHECK } from '../fields/product-handles'
import type { ContentLocale } from '../locales'
import type { Page } from '../payload-types'
import { galleryBlockData, pages, type PageBlockSeed, type PageSeed } from './content/pages'
import { inTransaction } from './transaction'

type LayoutRow = Page['layout'][number]

async function idBySlug(
  payload: Payload,
  collection: 'stories' | 'crafts',
  slug: string,
): Promise<number> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc) throw new Error(`Seed page refers to ${collection} "${slug}", which does not exist.`)
  return doc.id
}

/** One block in one language; `id` matches the row created in Japanese. */
async function block(
  payload: Payload,
  seed: PageBlockSeed,
  locale: ContentLocale,
  id: string | null | undefined,
): Promise<LayoutRow> {
  const row = id ? { id } : {}
  switch (seed.blockType) {
    case 'hero':
      return {
        ...row,
        blockType: 'hero',
        heading: seed.heading[locale],
        subheading: seed.subheading[locale],
        cta: seed.cta ? { label: seed.cta.label[locale], href: seed.cta.href } : {},
      }
    case 'featuredStory':
      return {
        ...row,
        blockType: 'featuredStory',
        heading: seed.heading[locale],
        story: await idBySlug(payload, 'stories', seed.story),
      }
    case 'featuredCraft':
      return {
        ...row,
        blockType: 'featuredCraft',
        heading: seed.heading[locale],
        craft: await idBySlug(payload, 'crafts', seed.craft),
      }
    case 'productRail':
      return {
        ...row,
        blockType: 'productRail',
        heading: seed.heading[locale],
        source: 'collection',
        collection: seed.collection,
        limit: seed.limit,
      }
    case 'productRailHandles':
      return {
        ...row,
        blockType: 'productRail',
        heading: seed.heading[locale],
        source: 'handles',
        handles: [...seed.handles],
        limit: seed.handles.length,
      }
    case 'visitGallery':
      return {
        ...row,
        blockType: 'visitGallery',
        heading: seed.heading[locale],
        address: galleryBlockData.address[locale],
        access: galleryBlockData.access[locale],
        note: galleryBlockData.note[locale],
        hours: [
          {
            days: galleryBlockData.days[locale],
            opens: galleryBlockData.hours.opens,
            closes: galleryBlockData.hours.closes,
          },
        ],
        map: galleryBlockData.map,
      }
  }
}

async function layout(
  payload: Payload,
  page: PageSeed,
  locale: ContentLocale,
  existing?: Page['layout'],
): Promise<LayoutRow[]> {
  const rows: LayoutRow[] = []
  for (const [i, seed] of page.layout.entries()) {
    const row = await block(payload, seed, locale, existing?.[i]?.id)
    // The visit block's hours are an array of their own: match its rows too.
    const existingRow = existing?.[i]
    if (row.blockType === 'visitGallery' && existingRow?.blockType === 'visitGallery') {
      row.hours = row.hours.map((hours, j) => ({ ...hours, id: existingRow.hours[j]?.id }))
    }
    rows.push(row)
  }
  return rows
}

async function exists(payload: Payload, slug: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'pages',
    where: { slug: { equals: slug } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

async function createPage(payload: Payload, page: PageSeed): Promise<void> {
  const ja = await layout(payload, page, 'ja')
  await inTransaction(payload, async (req) => {
    const context = { [SKIP_PRODUCT_CHECK]: true }
    const doc = await payload.create({
      collection: 'pages',
      locale: 'ja',
      data: { _status: 'published', slug: page.slug, title: page.title.ja, layout: ja },
      overrideAccess: true,
      context,
      req,
    })
    await payload.update({
      collection: 'pages',
      id: doc.id,
      locale: 'en',
      data: {
        _status: 'published',
        title: page.title.en,
        layout: await layout(payload, page, 'en', doc.layout),
      },
      overrideAccess: true,
      context,
      req,
    })
  })
}

/** Creates and publishes home, about and visit when missing (matched by slug). */
export async function seedPages(payload: Payload): Promise<string[]> {
  const created: string[] = []
  for (const page of pages) {
    if (await exists(payload, page.slug)) continue
    await createPage(payload, page)
    created.push(page.slug)
  }
  return created
}
