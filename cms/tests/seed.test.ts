import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { crafts as craftSlugs } from '../crafts'
import { artisans as artisanSeeds } from '../seed/content/artisans'
import { stories as storySeeds } from '../seed/content/stories'
import { seedCms } from '../seed/index'
import { type Harness, startPayload } from './payload-harness'

const admin = { adminEmail: 'first-admin@example.com', adminPassword: 'seed-test-password-1' }

let harness: Harness
let payload: Payload

beforeAll(async () => {
  harness = await startPayload('seed')
  payload = harness.payload
})

afterAll(async () => {
  await harness?.stop()
})

const counts = async () => ({
  users: (await payload.count({ collection: 'users' })).totalDocs,
  crafts: (await payload.count({ collection: 'crafts' })).totalDocs,
  artisans: (await payload.count({ collection: 'artisans' })).totalDocs,
  stories: (await payload.count({ collection: 'stories' })).totalDocs,
  storyVersions: (await payload.countVersions({ collection: 'stories' })).totalDocs,
  pages: (await payload.count({ collection: 'pages' })).totalDocs,
})

describe('CMS seed', () => {
  it('refuses to run without the admin password, and creates nothing', async () => {
    await expect(seedCms(payload, { adminEmail: admin.adminEmail })).rejects.toThrow(
      /PAYLOAD_ADMIN_PASSWORD/,
    )
    expect(await counts()).toEqual({
      users: 0,
      crafts: 0,
      artisans: 0,
      stories: 0,
      storyVersions: 0,
      pages: 0,
    })
  })

  it('refuses a short admin password', async () => {
    await expect(
      seedCms(payload, { adminEmail: admin.adminEmail, adminPassword: 'short' }),
    ).rejects.toThrow(/PAYLOAD_ADMIN_PASSWORD must be at least/)
  })

  it('creates the admin, the nine crafts and artisans, the stories, the pages and the globals', async () => {
    const result = await seedCms(payload, admin)
    expect(result.admin).toBe('created')
    expect(result.crafts.sort()).toEqual(craftSlugs.map((craft) => craft.slug).sort())
    expect(result.artisans.sort()).toEqual([
      'fujita-haru',
      'hoshino-aya',
      'ishida-kaho',
      'kimura-sho',
      'mori-yuki',
      'nakamura-yui',
      'sakai-itsuki',
      'takeda-ren',
      'ueda-minori',
    ])
    expect(result.stories.length).toBeGreaterThanOrEqual(10)
    expect(result.pages.sort()).toEqual(['about', 'home', 'visit'])
    expect(result.globals.sort()).toEqual(['announcement', 'footer', 'header'])
  })

  it('lets the admin log in with the given password', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: admin.adminEmail, password: admin.adminPassword },
    })
    expect(token).toEqual(expect.any(String))
  })

  it('publishes every story in Japanese and English, linked to its artisan and products', async () => {
    const read = (locale: 'ja' | 'en') =>
      payload.find({
        collection: 'stories',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        depth: 1,
        sort: 'slug',
        limit: 100,
      })
    const [ja, en] = [await read('ja'), await read('en')]
    expect(ja.docs).toHaveLength(storySeeds.length)
    expect(en.docs).toHaveLength(storySeeds.length)
    en.docs.forEach((story, i) => {
      const japanese = ja.docs[i]
      expect(story.title).toBeTruthy()
      expect(story.title).not.toBe(japanese?.title)
      expect(story.excerpt).toBeTruthy()
      expect(story.body?.root.children.length).toBeGreaterThan(2)
    })
    const kutani = en.docs.find((story) => story.slug === 'the-five-colours-of-kutani')
    expect(typeof kutani?.artisan === 'object' && kutani.artisan?.handle).toBe('hoshino-aya')
    expect(typeof kutani?.craft === 'object' && kutani.craft?.slug).toBe('kutani')
    expect(kutani?.featuredProducts?.map((product) => product.handle)).toEqual([
      'kutani-gosai-plate',
      'kutani-sake-cups-pair',
    ])
  })

  it('gives every artisan a name and a biography in both languages', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'artisans',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        limit: 20,
      })
      expect(docs.map((doc) => doc.name).sort()).toEqual(
        artisanSeeds.map((seed) => seed.name[locale]).sort(),
      )
      for (const doc of docs) expect(doc.bio?.root.children.length).toBeGreaterThan(0)
    }
  })

  it('gives every craft a guide in both languages: steps and care per material', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'crafts',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        limit: 20,
      })
      expect(docs).toHaveLength(9)
      for (const craft of docs) {
        expect(craft.summary).toBeTruthy()
        expect(craft.techniqueSteps?.length).toBeGreaterThanOrEqual(3)
        for (const step of craft.techniqueSteps ?? []) expect(step.title).toBeTruthy()
        expect(craft.care?.[0]?.instructions).toBeTruthy()
      }
    }
  })

  it('publishes the home, about and visit pages, with the gallery hours in both languages', async () => {
    for (const locale of ['ja', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'pages',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        where: { slug: { equals: 'visit' } },
      })
      const visitBlock = docs[0]?.layout.find((block) => block.blockType === 'visitGallery')
      expect(visitBlock?.blockType === 'visitGallery' && visitBlock.hours[0]).toMatchObject({
        opens: '11:00',
        closes: '19:00',
      })
      expect(visitBlock?.blockType === 'visitGallery' && visitBlock.address).toContain(
        locale === 'ja' ? '銀座' : 'Ginza',
      )
    }
    const home = await payload.find({
      collection: 'pages',
      locale: 'en',
      depth: 1,
      overrideAccess: false,
      where: { slug: { equals: 'home' } },
    })
    const story = home.docs[0]?.layout.find((block) => block.blockType === 'featuredStory')
    expect(
      story?.blockType === 'featuredStory' && typeof story.story === 'object' && story.story.slug,
    ).toBe('the-five-colours-of-kutani')
  })

  it('fills the header in both languages', async () => {
    const ja = await payload.findGlobal({ slug: 'header', locale: 'ja', fallbackLocale: false })
    const en = await payload.findGlobal({ slug: 'header', locale: 'en', fallbackLocale: false })
    expect(ja.navItems?.map((item) => item.label)).toContain('読みもの')
    expect(en.navItems?.map((item) => item.label)).toContain('Stories')
  })

  it('adds nothing when run a second time', async () => {
    const before = await counts()
    const result = await seedCms(payload, admin)
    expect(result).toEqual({
      admin: 'exists',
      crafts: [],
      artisans: [],
      stories: [],
      pages: [],
      globals: [],
    })
    expect(await counts()).toEqual(before)
    expect(before).toMatchObject({
      users: 1,
      crafts: 9,
      artisans: 9,
      stories: storySeeds.length,
      pages: 3,
    })
  })
})
