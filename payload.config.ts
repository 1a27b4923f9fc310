import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Artisans } from './cms/collections/Artisans'
import { Crafts } from './cms/collections/Crafts'
import { Media } from './cms/collections/Media'
import { Pages } from './cms/collections/Pages'
import { Stories } from './cms/collections/Stories'
import { Users } from './cms/collections/Users'
import { createDatabaseAdapter } from './cms/database/adapter'
import { runMigrations } from './cms/database/migrate'
import { env } from './cms/env'
import { Announcement } from './cms/globals/Announcement'
import { Footer } from './cms/globals/Footer'
import { Header } from './cms/globals/Header'
import { jobs } from './cms/jobs'
import { contentLocales, defaultContentLocale } from './cms/locales'
import { shopProductsEndpoint } from './cms/endpoints/shop-products'
import { plugins } from './cms/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Payload's config: composes the schema in `cms/`. Payload itself runs inside the storefront's
 * Next.js app (admin at /admin, REST and GraphQL under /api), and from plain Node for the seed.
 */
export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'storefront/app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' — Ginza no Kanazawa' },
  },
  collections: [Users, Media, Crafts, Artisans, Stories, Pages],
  globals: [Header, Footer, Announcement],
  endpoints: [shopProductsEndpoint],
  jobs,
  plugins,
  db: createDatabaseAdapter(env.databaseUri),
  editor: lexicalEditor(),
  i18n: {
    fallbackLanguage: 'ja',
    supportedLanguages: { ja, en },
  },
  localization: {
    locales: [
      { code: 'ja', label: '日本語' },
      { code: 'en', label: 'English' },
    ] satisfies { code: (typeof contentLocales)[number]; label: string }[],
    defaultLocale: defaultContentLocale,
    fallback: true,
  },
  async onInit(payload) {
    // Production servers run the committed migrations on connect (prodMigrations); elsewhere
    // (next dev, the seed, tests) do it here, since the schema is never pushed.
    if (env.nodeEnv !== 'production') await runMigrations(payload)
  },
  secret: env.payloadSecret,
  sharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'cms/payload-types.ts'),
  },
})
