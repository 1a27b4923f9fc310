import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { observeRevalidations } from '../hooks/revalidate-tags'
import type { Story, User } from '../payload-types'
import { type Harness, startPayload } from './payload-harness'
import { createUsers, type Role } from './users'

let harness: Harness
let payload: Payload
let users: Record<Role, User>
let fired: string[][] = []
let stopObserving: () => void = () => {}

beforeAll(async () => {
  harness = await startPayload('editorial-workflow')
  payload = harness.payload
  users = await createUsers(payload)
  stopObserving = observeRevalidations((tags) => fired.push([...tags]))
})

afterEach(() => {
  fired = []
})

afterAll(async () => {
  stopObserving()
  await harness?.stop()
})

const allFired = () => [...new Set(fired.flat())].sort()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function draftStory(slug: string, by: User): Promise<Story> {
  return payload.create({
    collection: 'stories',
    data: { _status: 'draft', title: `Story ${slug}`, slug },
    draft: true,
    overrideAccess: false,
    user: by,
  })
}

/** What the admin's "Schedule publish" does (@payloadcms/ui schedulePublishHandler). */
async function schedulePublish(story: Story, by: User, at: Date): Promise<void> {
  await payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: at,
    input: {
      type: 'publish',
      doc: { relationTo: 'stories', value: story.id },
      user: { relationTo: 'users', value: by.id },
    },
  })
}

const publicSlugs = async () =>
  (await payload.find({ collection: 'stories', overrideAccess: false, limit: 100 })).docs.map(
    (doc) => doc.slug,
  )

describe('scheduled publishing (jobs queue)', () => {
  it("publishes an editor's draft at the time a brand manager scheduled, not before", async () => {
    const story = await draftStory('scheduled-for-later', users.editor)
    await schedulePublish(story, users['brand-manager'], new Date(Date.now() + 2_500))

    await payload.jobs.run()
    expect(await publicSlugs()).not.toContain('scheduled-for-later')

    await sleep(3_000)
    await payload.jobs.run()
    expect(await publicSlugs()).toContain('scheduled-for-later')
    const published = await payload.findByID({ collection: 'stories', id: story.id })
    expect(published.publishedAt).toEqual(expect.any(String))
    expect(allFired()).toEqual(expect.arrayContaining(['stories', 'story:scheduled-for-later']))
  })

  it('does not publish a story an editor scheduled (the job runs with the editor’s rights)', async () => {
    const story = await draftStory('editor-scheduled', users.editor)
    await schedulePublish(story, users.editor, new Date(Date.now() - 1_000))
    await payload.jobs.run()
    expect(await publicSlugs()).not.toContain('editor-scheduled')
  })
})

describe('revalidation tags', () => {
  it('publishing a story revalidates the story, the lists, its artisan and its craft', async () => {
    const craft = await payload.create({
      collection: 'crafts',
      locale: 'ja',
      data: { slug: 'ohi', name: '大樋焼', summary: '飴釉の楽焼。' },
    })
    const artisan = await payload.create({
      collection: 'artisans',
      locale: 'ja',
      data: { handle: 'takeda-ren', name: '竹田 蓮', craft: 'ohi' },
    })
    fired = []
    await payload.create({
      collection: 'stories',
      data: {
        _status: 'published',
        title: 'Amber glaze',
        slug: 'amber-glaze',
        artisan: artisan.id,
        craft: craft.id,
      },
    })
    expect(allFired()).toEqual(['artisan:takeda-ren', 'craft:ohi', 'stories', 'story:amber-glaze'])
  })

  it('saving a draft of a never-published story revalidates nothing', async () => {
    await draftStory('quiet-draft', users.editor)
    expect(fired).toEqual([])
  })

  it('a renamed story revalidates the old and the new slug', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'Old name', slug: 'old-name' },
    })
    fired = []
    await payload.update({ collection: 'stories', id: story.id, data: { slug: 'new-name' } })
    expect(allFired()).toEqual(expect.arrayContaining(['story:old-name', 'story:new-name', 'stories']))
  })

  it('deleting a story revalidates it', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'Short-lived', slug: 'short-lived' },
    })
    fired = []
    await payload.delete({ collection: 'stories', id: story.id })
    expect(allFired()).toEqual(['stories', 'story:short-lived'])
  })

  it('artisans, crafts, pages and globals revalidate their own tags', async () => {
    const artisan = await payload.create({
      collection: 'artisans',
      data: { handle: 'mori-yuki', name: '森 由紀', craft: 'kaga-yuzen' },
    })
    expect(allFired()).toEqual(['artisan:mori-yuki', 'artisans'])
    fired = []
    await payload.update({ collection: 'artisans', id: artisan.id, data: { quote: '色は季節から。' } })
    expect(allFired()).toEqual(['artisan:mori-yuki', 'artisans'])
    fired = []
    await payload.create({
      collection: 'crafts',
      data: { slug: 'kiri', name: '桐工芸', summary: '軽く、湿気に強い桐の箱と火鉢。' },
    })
    expect(allFired()).toEqual(['craft:kiri', 'crafts'])
    fired = []
    await payload.create({
      collection: 'pages',
      data: {
        _status: 'published',
        title: 'About',
        slug: 'about',
        layout: [{ blockType: 'hero', heading: 'About us' }],
      },
    })
    expect(allFired()).toEqual(['page:about'])
    fired = []
    await payload.updateGlobal({ slug: 'announcement', data: { enabled: true, message: 'Open' } })
    expect(allFired()).toEqual(['global:announcement'])
  })
})

describe('slugs and redirects', () => {
  it('refuses a second story with the same slug', async () => {
    await payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'First', slug: 'taken-slug' },
    })
    await expect(
      payload.create({
        collection: 'stories',
        data: { _status: 'published', title: 'Second', slug: 'taken-slug' },
      }),
    ).rejects.toThrow(/slug/i)
  })

  it('refuses a malformed slug with a readable message', async () => {
    await expect(
      payload.create({
        collection: 'stories',
        data: { _status: 'published', title: 'Spaces', slug: 'Not A Slug' },
      }),
    ).rejects.toThrow(/slug/i)
  })

  it('keeps the old address of a renamed story working through a redirect', async () => {
    const story = await payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'Gold leaf', slug: 'gold-leaf-first-title' },
    })
    await payload.update({
      collection: 'stories',
      id: story.id,
      data: { slug: 'gold-leaf-better-title' },
    })
    const { docs } = await payload.find({
      collection: 'redirects',
      where: { from: { equals: '/stories/gold-leaf-first-title' } },
      depth: 1,
      overrideAccess: false,
    })
    const target = docs[0]?.to?.reference
    expect(target?.relationTo).toBe('stories')
    expect(typeof target?.value === 'object' && target.value.slug).toBe('gold-leaf-better-title')

    // Renamed back: no loop, the redirect now points the other way.
    await payload.update({ collection: 'stories', id: story.id, data: { slug: 'gold-leaf-first-title' } })
    const froms = (await payload.find({ collection: 'redirects', limit: 100 })).docs.map((doc) => doc.from)
    expect(froms).toContain('/stories/gold-leaf-better-title')
    expect(froms).not.toContain('/stories/gold-leaf-first-title')
  })
})

describe('search over stories', () => {
  it('finds published stories in each language, never drafts', async () => {
    const story = await payload.create({
      collection: 'stories',
      locale: 'ja',
      data: { _status: 'published', title: '金箔の一万分の一ミリ', slug: 'searchable-gold' },
    })
    await payload.update({
      collection: 'stories',
      id: story.id,
      locale: 'en',
      data: { _status: 'published', title: 'A ten-thousandth of a millimetre' },
    })
    await draftStory('secret-gold-draft', users.editor)
    const search = async (locale: 'ja' | 'en', term: string) =>
      (
        await payload.find({
          collection: 'search',
          locale,
          where: { title: { like: term } },
          overrideAccess: false,
        })
      ).docs.map((doc) => doc.slug)
    expect(await search('ja', '金箔')).toEqual(['searchable-gold'])
    expect(await search('en', 'millimetre')).toEqual(['searchable-gold'])
    expect(await search('en', 'Story secret')).toEqual([])
  })
})
