import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { parseCmsEnv } from './env'
import { repoRoot } from './paths'

const strongSecret = 'f'.repeat(64)
const silent = () => {}

describe('CMS environment', () => {
  it('refuses to start in production without PAYLOAD_SECRET', () => {
    expect(() => parseCmsEnv({ NODE_ENV: 'production' }, silent)).toThrow(
      /PAYLOAD_SECRET is not set/,
    )
  })

  it('refuses a short or placeholder PAYLOAD_SECRET in production', () => {
    expect(() => parseCmsEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'abc' }, silent)).toThrow(
      /PAYLOAD_SECRET is shorter than 32/,
    )
    expect(() =>
      parseCmsEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'YOUR_SECRET_HERE' }, silent),
    ).toThrow(/PAYLOAD_SECRET is a placeholder/)
  })

  it('lets `next build` run without secrets (no request is served while building)', () => {
    const env = parseCmsEnv(
      { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' },
      silent,
    )
    expect(env.payloadSecret.length).toBeGreaterThanOrEqual(32)
  })

  it('gives each development process its own random secret, never a fixed default', () => {
    const a = parseCmsEnv({ NODE_ENV: 'development' }, silent)
    const b = parseCmsEnv({ NODE_ENV: 'development' }, silent)
    expect(a.payloadSecret).not.toBe(b.payloadSecret)
  })

  it('defaults to SQLite under .data/ and resolves relative file: paths from the repo root', () => {
    const base = { NODE_ENV: 'production', PAYLOAD_SECRET: strongSecret } as const
    expect(parseCmsEnv(base, silent).databaseUri).toBe(
      `file:${path.join(repoRoot, '.data', 'payload.db')}`,
    )
    expect(
      parseCmsEnv({ ...base, PAYLOAD_DATABASE_URI: 'file:.data/other.db' }, silent).databaseUri,
    ).toBe(`file:${path.join(repoRoot, '.data', 'other.db')}`)
  })
})
