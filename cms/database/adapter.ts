import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { cmsDir } from '../paths'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const migrationDirs = {
  sqlite: path.join(cmsDir, 'migrations', 'sqlite'),
  postgres: path.join(cmsDir, 'migrations', 'postgres'),
} as const

/** Which database a `PAYLOAD_DATABASE_URI` points at, by its scheme. */
export function databaseKind(uri: string): DatabaseKind {
  const scheme = uri.slice(0, uri.indexOf(':') + 1).toLowerCase()
  switch (scheme) {
    case 'file:':
      return 'sqlite'
    case 'postgres:':
    case 'postgresql:':
      return 'postgres'
    case 'mongodb:':
    case 'mongodb+srv:':
      return 'mongodb'
    default:
      throw new Error(
        `PAYLOAD_DATABASE_URI has an unsupported scheme "${scheme || uri}": use file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB).`,
      )
  }
}

/**
 * The one place that picks Payload's database adapter, by the URI's scheme.
 *
 * SQL adapters never push the schema (`push: false`): the committed migrations are the only source of
 * tables, in development too, so a database is never left in the "pushed in dev mode" state that
 * makes `payload migrate` stop at an interactive data-loss prompt. `prodMigrations` runs them when
 * a production server connects; `runMigrations` (see ./migrate) does it elsewhere.
 */
export function createDatabaseAdapter(uri: string): DatabaseAdapterObj {
  const kind = databaseKind(uri)
  switch (kind) {
    case 'sqlite': {
      const file = uri.slice('file:'.length)
      if (path.isAbsolute(file)) mkdirSync(path.dirname(file), { recursive: true })
      return sqliteAdapter({
        client: { url: uri },
        migrationDir: migrationDirs.sqlite,
        prodMigrations: sqliteMigrations,
        push: false,
        // SQLite allows one writer: wait for a lock instead of failing when the seed and the
        // server write at the same moment.
        busyTimeout: 5_000,
      })
    }
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri },
        migrationDir: migrationDirs.postgres,
        prodMigrations: postgresMigrations,
        push: false,
      })
    case 'mongodb':
      // Documents need no schema migrations; transactions need a replica set (see docker-compose.yml).
      return mongooseAdapter({ url: uri })
  }
}
