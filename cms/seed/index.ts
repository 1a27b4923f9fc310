import type { Payload } from 'payload'

import { runMigrations } from '../database/migrate'
import { ensureFirstAdmin, parseAdminCredentials } from './admin'
import { seedArtisans } from './artisans'
import { seedCrafts } from './crafts'
import { seedGlobals } from './globals'
import { seedPages } from './pages'
import { seedStories } from './stories'

export type SeedOptions = {
  adminEmail?: string | undefined
  adminPassword?: string | undefined
}

export type SeedResult = {
  admin: 'created' | 'exists'
  crafts: string[]
  artisans: string[]
  stories: string[]
  pages: string[]
  globals: string[]
}

/**
 * Seeds the CMS: the first admin, the craft guides, the artisans, the published stories, the home,
 * about and visit pages and the header, footer and announcement bar, in Japanese and English. Idempotent: documents are matched by handle/slug, and a second run creates nothing.
 */
export async function seedCms(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const credentials = parseAdminCredentials({
    email: options.adminEmail,
    password: options.adminPassword,
  })
  await runMigrations(payload)
  const admin = await ensureFirstAdmin(payload, credentials)
  const crafts = await seedCrafts(payload)
  const artisans = await seedArtisans(payload)
  const stories = await seedStories(payload)
  const pages = await seedPages(payload)
  const globals = await seedGlobals(payload)
  return { admin, crafts, artisans, stories, pages, globals }
}
