import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { User } from '../payload-types'
import { type Harness, startPayload } from './payload-harness'

let harness: Harness
let payload: Payload
let editor: User

beforeAll(async () => {
  harness = await startPayload('drafts-access')
  payload = harness.payload
  editor = await payload.create({
    collection: 'users',
    data: { email: 'editor@example.com', password: 'a-long-test-password', role: 'editor' },
  })
  await payload.create({
    collection: 'stories',
    data: { _status: 'published', title: 'Published story', slug: 'published-story' },
  })
  await payload.create({
    collection: 'stories',
    data: { _status: 'draft', title: 'Unreleased draft', slug: 'unreleased-draft' },
    draft: true,
  })
})

afterAll(async () => {
  await harness?.stop()
})

const slugsOf = (docs: { slug: string }[]) => docs.map((doc) => doc.slug).sort()

describe('stories: who sees drafts', () => {
  it('shows anonymous readers published stories only', async () => {
    const { docs } = await payload.find({ collection: 'stories', overrideAccess: false })
    expect(slugsOf(docs)).toEqual(['published-story'])
  })

  it('does not show drafts to anonymous readers who ask for drafts (?draft=true)', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      overrideAccess: false,
      draft: true,
    })
    expect(slugsOf(docs)).toEqual(['published-story'])
  })

  it('does not hand a draft to an anonymous reader who knows its id', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { slug: { equals: 'unreleased-draft' } },
      overrideAccess: true,
    })
    const draftId = docs[0]?.id
    expect(draftId).toBeDefined()
    await expect(
      payload.findByID({ collection: 'stories', id: draftId as number, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('shows logged-in editors drafts too', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(slugsOf(docs)).toEqual(['published-story', 'unreleased-draft'])
  })

  it('keeps an unpublished edit of a published story away from the public', async () => {
    const { docs } = await payload.find({
      collection: 'stories',
      where: { slug: { equals: 'published-story' } },
      overrideAccess: true,
    })
    const id = docs[0]?.id as number
    await payload.update({
      collection: 'stories',
      id,
      data: { title: 'Work in progress title' },
      draft: true,
    })

    const publicView = await payload.findByID({ collection: 'stories', id, overrideAccess: false })
    expect(publicView.title).toBe('Published story')

    const editorView = await payload.findByID({
      collection: 'stories',
      id,
      overrideAccess: false,
      user: editor,
      draft: true,
    })
    expect(editorView.title).toBe('Work in progress title')
  })
})
