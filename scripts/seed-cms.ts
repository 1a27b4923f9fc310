/**
 * Seeds the CMS through Payload's Local API: migrations, the first admin, crafts, artisans, stories,
 * pages and globals in ja and en. Idempotent. Run from the repo root:
 *
 *   PAYLOAD_ADMIN_EMAIL=... PAYLOAD_ADMIN_PASSWORD=... npx tsx scripts/seed-cms.ts
 *
 * Reads PAYLOAD_DATABASE_URI (default file:.data/payload.db), PAYLOAD_SECRET, PAYLOAD_MEDIA_DIR.
 */
import { getPayload } from 'payload'

import { env } from '../cms/env'
import { parseAdminCredentials, SeedConfigError } from '../cms/seed/admin'
import { seedCms } from '../cms/seed/index'
import config from '../payload.config'

async function main(): Promise<void> {
  // Fail before touching the database when the admin's credentials are missing.
  parseAdminCredentials({ email: env.adminEmail, password: env.adminPassword })

  const payload = await getPayload({ config })
  try {
    const result = await seedCms(payload, {
      adminEmail: env.adminEmail,
      adminPassword: env.adminPassword,
    })
    const created = (list: string[]) =>
      list.length > 0 ? list.join(', ') : 'none (already seeded)'
    payload.logger.info(`CMS seed: admin ${result.admin}`)
    payload.logger.info(`CMS seed: crafts created: ${created(result.crafts)}`)
    payload.logger.info(`CMS seed: artisans created: ${created(result.artisans)}`)
    payload.logger.info(`CMS seed: stories created: ${created(result.stories)}`)
    payload.logger.info(`CMS seed: pages created: ${created(result.pages)}`)
    payload.logger.info(`CMS seed: globals filled: ${created(result.globals)}`)
  } finally {
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    if (err instanceof SeedConfigError) console.error(`CMS seed refused: ${err.message}`)
    else console.error('CMS seed failed:', err)
    process.exit(1)
  },
)
