import type { Payload } from 'payload'

import { runMigrations } from '../database/migrate'
import { ensureFirstAdmin, parseAdminCredentials } from './admin'
import { seedArtisans } from './artisans'
import { seedStories } from './stories'

export type SeedOptions = {
  adminEmail?: string | undefined
  adminPassword?: string | undefined
}

export type SeedResult = {
  admin: 'created' | 'exists'
  artisans: string[]
  stories: string[]
}

/**
 * Seeds the CMS: the first admin, the demo artisans and the published demo stories, in Japanese and
 * English. Idempotent: documents are matched by handle/slug, and a second run creates nothing.
 */
export async function seedCms(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const credentials = parseAdminCredentials({
    email: options.adminEmail,
    password: options.adminPassword,
  })
  await runMigrations(payload)
  const admin = await ensureFirstAdmin(payload, credentials)
  const artisans = await seedArtisans(payload)
  const stories = await seedStories(payload)
  return { admin, artisans, stories }
}
