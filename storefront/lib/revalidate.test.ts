import { describe, expect, it } from '@jest/globals'

import { isAuthorized, revalidateBodySchema } from './revalidate'

const secret = 's'.repeat(48)

describe('isAuthorized (POST /api/revalidate)', () => {
  it('accepts the bearer secret', () => {
    expect(isAuthorized(`Bearer ${secret}`, secret)).toBe(true)
    expect(isAuthorized(`bearer ${secret}`, secret)).toBe(true)
  })

  it.each([
    null,
    '',
    'Bearer',
    `Bearer ${secret}x`,
    `Bearer ${secret.slice(1)}`,
    secret,
    `Basic ${secret}`,
  ])('refuses %p', (header) => {
    expect(isAuthorized(header, secret)).toBe(false)
  })
})

describe('revalidate body', () => {
  it('accepts the contract example and every tag family', () => {
    const body = {
      tags: [
        'product:kutani-gosai-plate',
        'catalog',
        'regions',
        'artisan:hoshino-aya',
        'artisans',
        'story:amber-glaze-of-ohi',
        'stories',
        'craft:kutani',
        'crafts',
        'page:about',
      ],
    }
    expect(revalidateBodySchema.safeParse(body).success).toBe(true)
  })

  it.each([
    {},
    { tags: [] },
    { tags: 'catalog' },
    { tags: ['catalogue'] },
    { tags: ['product:'] },
    { tags: ['product:a b'] },
    { tags: [42] },
  ])('refuses %p', (body) => {
    expect(revalidateBodySchema.safeParse(body).success).toBe(false)
  })
})
