import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { type Harness, startPayload } from './payload-harness'

let harness: Harness
let payload: Payload

beforeAll(async () => {
  harness = await startPayload('localization')
  payload = harness.payload
})

afterAll(async () => {
  await harness?.stop()
})

describe('localization: ja is the default, en falls back to ja', () => {
  it('shows the Japanese name to English readers when no English name exists', async () => {
    const artisan = await payload.create({
      collection: 'artisans',
      locale: 'ja',
      data: { handle: 'only-japanese', name: '山田 花', craft: 'kutani' },
    })
    const english = await payload.findByID({
      collection: 'artisans',
      id: artisan.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english.name).toBe('山田 花')
  })

  it('shows each locale its own text once both exist', async () => {
    const artisan = await payload.create({
      collection: 'artisans',
      locale: 'ja',
      data: { handle: 'both-locales', name: '川口 陸', craft: 'ohi' },
    })
    await payload.update({
      collection: 'artisans',
      id: artisan.id,
      locale: 'en',
      data: { name: 'Riku Kawaguchi' },
    })
    const read = (locale: 'ja' | 'en') =>
      payload.findByID({ collection: 'artisans', id: artisan.id, locale, overrideAccess: false })
    expect((await read('en')).name).toBe('Riku Kawaguchi')
    expect((await read('ja')).name).toBe('川口 陸')
  })

  it('falls back field by field: an English title with a Japanese-only excerpt', async () => {
    const story = await payload.create({
      collection: 'stories',
      locale: 'ja',
      data: {
        _status: 'published',
        slug: 'half-translated',
        title: '半分だけ訳された話',
        excerpt: '日本語の抜粋',
      },
    })
    await payload.update({
      collection: 'stories',
      id: story.id,
      locale: 'en',
      data: { _status: 'published', title: 'A half-translated story' },
    })
    const english = await payload.findByID({
      collection: 'stories',
      id: story.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english.title).toBe('A half-translated story')
    expect(english.excerpt).toBe('日本語の抜粋')
  })
})
