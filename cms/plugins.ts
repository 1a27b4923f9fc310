import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { anyone } from './access/anyone'
import { authenticated } from './access/authenticated'
import { env } from './env'
import { pagePath, storyPath } from './paths-public'

type Titled = { title?: string | null; slug?: string | null; excerpt?: string | null }

const SITE_NAME = 'Ginza no Kanazawa'

export const plugins: Plugin[] = [
  seoPlugin({
    collections: ['stories', 'pages'],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle: ({ doc }: { doc: Titled }) =>
      doc?.title ? `${doc.title} | ${SITE_NAME}` : SITE_NAME,
    generateDescription: ({ doc }: { doc: Titled }) => doc?.excerpt ?? '',
    generateURL: ({ doc, collectionSlug }: { doc: Titled; collectionSlug?: string }) => {
      if (!doc?.slug) return env.siteUrl
      const path = collectionSlug === 'pages' ? pagePath(doc.slug) : storyPath(doc.slug)
      return new URL(`/ja-jp${path === '/' ? '' : path}`, env.siteUrl).toString()
    },
  }),
  // A changed slug keeps the old URL working (see hooks/redirect-old-slug.ts); staff can add more.
  redirectsPlugin({
    collections: ['stories', 'pages'],
    overrides: {
      access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
      admin: { group: 'Settings' },
    },
  }),
  // Search over published stories, per locale (title and excerpt).
  searchPlugin({
    collections: ['stories'],
    localize: true,
    syncDrafts: false,
    deleteDrafts: true,
    defaultPriorities: { stories: 10 },
    beforeSync: ({ originalDoc, searchDoc }) => ({
      ...searchDoc,
      slug: typeof originalDoc.slug === 'string' ? originalDoc.slug : undefined,
      excerpt: typeof originalDoc.excerpt === 'string' ? originalDoc.excerpt : undefined,
    }),
    searchOverrides: {
      access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
      admin: { group: 'Settings' },
      fields: ({ defaultFields }) => [
        ...defaultFields,
        { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
        { name: 'excerpt', type: 'textarea', localized: true, admin: { readOnly: true } },
      ],
    },
  }),
]
