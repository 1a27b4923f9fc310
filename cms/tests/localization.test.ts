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

  it('falls back inside arrays: a craft guide not yet translated shows its Japanese steps in English', async () => {
    const craft = await payload.create({
      collection: 'crafts',
      locale: 'ja',
      data: {
        slug: 'kaga-embroidery',
        name: '加賀繍',
        summary: '絹糸と金銀糸の刺繍。',
        techniqueSteps: [{ title: '撚り', description: '糸を撚る。' }],
      },
    })
    const english = await payload.findByID({
      collection: 'crafts',
      id: craft.id,
      locale: 'en',
      overrideAccess: false,
    })
    expect(english.name).toBe('加賀繍')
    expect(english.techniqueSteps?.[0]?.title).toBe('撚り')
  })

  it('keeps each locale of a page block apart, falling back per field', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'ja',
      data: {
        _status: 'published',
        title: 'ご案内',
        slug: 'visit-test',
        layout: [{ blockType: 'hero', heading: '銀座で、手に取って。', subheading: '日本語だけの説明' }],
      },
    })
    const rowId = page.layout[0]?.id
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: {
        _status: 'published',
        title: 'Visit us',
        layout: [{ id: rowId, blockType: 'hero', heading: 'See them in Ginza.' }],
      },
    })
    const read = (locale: 'ja' | 'en') =>
      payload.findByID({ collection: 'pages', id: page.id, locale, overrideAccess: false })
    const [ja, en] = [await read('ja'), await read('en')]
    expect(ja.layout[0]).toMatchObject({ heading: '銀座で、手に取って。' })
    expect(en.layout[0]).toMatchObject({ heading: 'See them in Ginza.', subheading: '日本語だけの説明' })
  })
})
