import type { Migration, Payload } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'

/** The committed migrations of the connected SQL database; none for MongoDB (no schema). */
function committedMigrations(payload: Payload): readonly unknown[] {
  switch (payload.db.name) {
    case 'sqlite':
      return sqliteMigrations
    case 'postgres':
      return postgresMigrations
    default:
      return []
  }
}

/**
 * Applies the committed migrations that have not run yet. A production server does this when it
 * connects (`prodMigrations`); the seed, the tests and `next dev` call this, since schema push is off.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  const migrations = committedMigrations(payload)
  if (migrations.length === 0) return
  // Each generated migration's `up`/`down` take its adapter's own argument type; Payload's
  // `migrate` is declared with the adapter-neutral `Migration` type.
  await payload.db.migrate({ migrations: migrations as Migration[] })
}
