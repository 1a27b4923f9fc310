import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '../payload-types'
import { type Harness, startPayload } from './payload-harness'
import { createUsers, type Role } from './users'

let harness: Harness
let payload: Payload
let users: Record<Role, User>

type Actor = 'anonymous' | Role
const actors: Actor[] = ['anonymous', 'editor', 'brand-manager', 'admin']
const userOf = (actor: Actor): User | undefined => (actor === 'anonymous' ? undefined : users[actor])

let counter = 0
const nextSlug = (prefix: string) => `${prefix}-${(counter += 1)}`

beforeAll(async () => {
  harness = await startPayload('access-matrix')
  payload = harness.payload
  users = await createUsers(payload)
  await payload.create({
    collection: 'stories',
    data: { _status: 'published', title: 'Published story', slug: 'published-story' },
  })
  await payload.create({
    collection: 'stories',
    data: { _status: 'draft', title: 'Unreleased draft', slug: 'unreleased-draft' },
    draft: true,
  })
  await payload.create({
    collection: 'pages',
    data: {
      _status: 'published',
      title: 'Published page',
      slug: 'published-page',
      layout: [{ blockType: 'hero', heading: 'Welcome' }],
    },
  })
  await payload.create({
    collection: 'pages',
    data: {
      _status: 'draft',
      title: 'Draft page',
      slug: 'draft-page',
      layout: [{ blockType: 'hero', heading: 'Soon' }],
    },
    draft: true,
  })
})

afterAll(async () => {
  await harness?.stop()
})

const slugsOf = (docs: { slug: string }[]) => docs.map((doc) => doc.slug).sort()

describe.each(['stories', 'pages'] as const)('%s: who reads drafts', (collection) => {
  const published = collection === 'stories' ? 'published-story' : 'published-page'
  const draft = collection === 'stories' ? 'unreleased-draft' : 'draft-page'

  it.each(actors)('%s', async (actor) => {
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      user: userOf(actor),
      draft: true,
      where: { slug: { in: ['published-story', 'unreleased-draft', 'published-page', 'draft-page'] } },
    })
    expect(slugsOf(docs)).toEqual(actor === 'anonymous' ? [published] : [draft, published].sort())
  })

  it('does not hand a draft to an anonymous reader who knows its id', async () => {
    const { docs } = await payload.find({
      collection,
      where: { slug: { equals: draft } },
      overrideAccess: true,
      draft: true,
    })
    const id = docs[0]?.id
    expect(id).toBeDefined()
    await expect(
      payload.findByID({ collection, id: id as number, overrideAccess: false }),
    ).rejects.toThrow()
  })
})

describe('stories: who writes drafts and who publishes', () => {
  const expected: Record<Actor, { draft: boolean; publish: boolean }> = {
    anonymous: { draft: false, publish: false },
    editor: { draft: true, publish: false },
    'brand-manager': { draft: true, publish: true },
    admin: { draft: true, publish: true },
  }

  it.each(actors)('%s', async (actor) => {
    const user = userOf(actor)
    const createDraft = payload.create({
      collection: 'stories',
      data: { _status: 'draft', title: 'A draft', slug: nextSlug('draft') },
      draft: true,
      overrideAccess: false,
      user,
    })
    if (expected[actor].draft) await expect(createDraft).resolves.toMatchObject({ _status: 'draft' })
    else await expect(createDraft).rejects.toThrow()

    const publish = payload.create({
      collection: 'stories',
      data: { _status: 'published', title: 'Straight to print', slug: nextSlug('published') },
      overrideAccess: false,
      user,
    })
    if (expected[actor].publish) await expect(publish).resolves.toMatchObject({ _status: 'published' })
    else await expect(publish).rejects.toThrow()
  })

  it('tells an editor who tries to publish what to do instead', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { slug: { equals: 'unreleased-draft' } },
      draft: true,
    })
    const id = docs[0]?.id as number
    await expect(
      payload.update({
        collection: 'stories',
        id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: users.editor,
      }),
    ).rejects.toThrow()
    const still = await payload.findByID({ collection: 'stories', id, draft: true })
    expect(still._status).toBe('draft')
  })

  it('refuses an editor who edits a published story in place (that would change the live page)', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { slug: { equals: 'published-story' } },
    })
    const id = docs[0]?.id as number
    await expect(
      payload.update({
        collection: 'stories',
        id,
        data: { title: 'Edited live' },
        overrideAccess: false,
        user: users.editor,
      }),
    ).rejects.toThrow(/Editors cannot publish/)
    const publicView = await payload.findByID({ collection: 'stories', id, overrideAccess: false })
    expect(publicView.title).toBe('Published story')
  })

  it('lets an editor draft changes to a published story; the public keeps the published text', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { slug: { equals: 'published-story' } },
    })
    const id = docs[0]?.id as number
    await payload.update({
      collection: 'stories',
      id,
      data: { _status: 'draft', title: 'Work in progress title' },
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    const publicView = await payload.findByID({ collection: 'stories', id, overrideAccess: false })
    expect(publicView.title).toBe('Published story')
    const editorView = await payload.findByID({
      collection: 'stories',
      id,
      draft: true,
      overrideAccess: false,
      user: users.editor,
    })
    expect(editorView.title).toBe('Work in progress title')

    // A brand manager publishes the editor's draft.
    await payload.update({
      collection: 'stories',
      id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: users['brand-manager'],
    })
    const after = await payload.findByID({ collection: 'stories', id, overrideAccess: false })
    expect(after.title).toBe('Work in progress title')
  })
})

describe('users: only admins manage accounts', () => {
  it.each(['editor', 'brand-manager'] as const)('a %s cannot create a user', async (role) => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: `new-by-${role}@example.com`, password: 'a-long-password-1', role: 'editor' },
        overrideAccess: false,
        user: users[role],
      }),
    ).rejects.toThrow()
  })

  it('an admin creates a brand manager', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'new-manager@example.com', password: 'a-long-password-1', role: 'brand-manager' },
      overrideAccess: false,
      user: users.admin,
    })
    expect(created.role).toBe('brand-manager')
  })

  it('an editor sees only their own account and cannot promote themselves', async () => {
    const { docs } = await payload.find({ collection: 'users', overrideAccess: false, user: users.editor })
    expect(docs.map((doc) => doc.email)).toEqual(['editor@example.com'])
    await payload.update({
      collection: 'users',
      id: users.editor.id,
      data: { role: 'admin', name: 'Still an editor' },
      overrideAccess: false,
      user: users.editor,
    })
    const me = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(me).toMatchObject({ role: 'editor', name: 'Still an editor' })
  })

  it('anonymous readers cannot list users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('only admins and brand managers change the header', async () => {
    const data = { navItems: [{ label: 'Stories', href: '/stories' }] }
    await expect(
      payload.updateGlobal({ slug: 'header', data, overrideAccess: false, user: users.editor }),
    ).rejects.toThrow()
    await expect(
      payload.updateGlobal({ slug: 'header', data, overrideAccess: false, user: users['brand-manager'] }),
    ).resolves.toMatchObject({ navItems: [{ href: '/stories' }] })
  })
})
