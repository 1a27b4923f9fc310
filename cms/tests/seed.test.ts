import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { artisans as artisanSeeds } from '../seed/content/artisans'
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
  artisans: (await payload.count({ collection: 'artisans' })).totalDocs,
  stories: (await payload.count({ collection: 'stories' })).totalDocs,
  storyVersions: (await payload.countVersions({ collection: 'stories' })).totalDocs,
})

describe('CMS seed', () => {
  it('refuses to run without the admin password, and creates nothing', async () => {
    await expect(seedCms(payload, { adminEmail: admin.adminEmail })).rejects.toThrow(
      /PAYLOAD_ADMIN_PASSWORD/,
    )
    expect(await counts()).toEqual({ users: 0, artisans: 0, stories: 0, storyVersions: 0 })
  })

  it('refuses a short admin password', async () => {
    await expect(
      seedCms(payload, { adminEmail: admin.adminEmail, adminPassword: 'short' }),
    ).rejects.toThrow(/PAYLOAD_ADMIN_PASSWORD must be at least/)
  })

  it('creates the admin, the five artisans and three published stories', async () => {
    const result = await seedCms(payload, admin)
    expect(result.admin).toBe('created')
    expect(result.artisans.sort()).toEqual([
      'fujita-haru',
      'hoshino-aya',
      'kimura-sho',
      'mori-yuki',
      'takeda-ren',
    ])
    expect(result.stories.sort()).toEqual([
      'a-ten-thousandth-of-a-millimetre',
      'amber-glaze-of-ohi',
      'the-five-colours-of-kutani',
    ])
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
      })
    const [ja, en] = [await read('ja'), await read('en')]
    expect(ja.docs).toHaveLength(3)
    expect(en.docs).toHaveLength(3)
    en.docs.forEach((story, i) => {
      const japanese = ja.docs[i]
      expect(story.title).toBeTruthy()
      expect(story.title).not.toBe(japanese?.title)
      expect(story.excerpt).toBeTruthy()
      expect(story.body?.root.children.length).toBeGreaterThan(2)
    })
    const kutani = en.docs.find((story) => story.slug === 'the-five-colours-of-kutani')
    expect(typeof kutani?.artisan === 'object' && kutani.artisan?.handle).toBe('hoshino-aya')
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
        limit: 10,
      })
      expect(docs.map((doc) => doc.name).sort()).toEqual(
        artisanSeeds.map((seed) => seed.name[locale]).sort(),
      )
      for (const doc of docs) expect(doc.bio?.root.children.length).toBeGreaterThan(0)
    }
  })

  it('adds nothing when run a second time', async () => {
    const before = await counts()
    const result = await seedCms(payload, admin)
    expect(result).toEqual({ admin: 'exists', artisans: [], stories: [] })
    expect(await counts()).toEqual(before)
    expect(before).toMatchObject({ users: 1, artisans: 5, stories: 3 })
  })
})
