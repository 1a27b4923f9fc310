import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { dataDir } from '../paths'

/*
 * Runs before each test file, before any of its imports: the CMS env (cms/env.ts) is parsed once, at
 * its first import, so the throwaway database must be named here — never the developer's
 * .data/payload.db.
 */
process.env.PAYLOAD_DATABASE_URI = `file:${path.join(dataDir, `test-${randomBytes(4).toString('hex')}-${process.pid}.db`)}`
process.env.PAYLOAD_SECRET ??= 'test-secret-'.padEnd(48, 'x')
