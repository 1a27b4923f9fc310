import { rmSync } from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

import { dataDir } from '../paths'
import { createDatabaseAdapter, databaseKind } from './adapter'

const sqliteDir = path.join(dataDir, 'test-adapter')

afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }))

describe('database adapter by PAYLOAD_DATABASE_URI scheme', () => {
  it.each([
    ['file:/srv/data/payload.db', 'sqlite'],
    ['postgres://payload@db:5432/payload', 'postgres'],
    ['postgresql://payload@db:5432/payload', 'postgres'],
    ['mongodb://mongo:27017/payload?replicaSet=rs0', 'mongoose'],
    ['mongodb+srv://cluster.example.net/payload', 'mongoose'],
  ])('%s uses the %s adapter', (uri, adapterName) => {
    const target = uri.startsWith('file:')
      ? `file:${path.join(sqliteDir, 'payload.db')}`
      : uri
    expect(createDatabaseAdapter(target).name).toBe(adapterName)
  })

  it('rejects an unknown scheme with a message naming the variable', () => {
    expect(() => databaseKind('mysql://db/payload')).toThrow(/PAYLOAD_DATABASE_URI/)
  })
})
