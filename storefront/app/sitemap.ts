import type { MetadataRoute } from 'next'
import { connection } from 'next/server'

import { crafts } from '@cms/crafts'
import { listLatestStories } from '@/lib/cms/stories'
import { listAllProducts } from '@/lib/commerce/products'
import { getRegionForCountry } from '@/lib/commerce/regions'
import { env } from '@/lib/env'
import { optionalRead } from '@/lib/optional-read'
import { sitemapEntriesFor } from '@/lib/seo/sitemap-entries'

const MAX_STORIES = 500

/**
 * sitemap.xml: every product, story, artisan and craft page in both languages (`/ja-jp`, `/en-us`),
 * with hreflang alternates. Rendered on request (never at build time, which has no Medusa) from the
 * same cached reads as the pages.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection()
  const site = env.siteUrl
  const region = await optionalRead('regions for the sitemap', () => getRegionForCountry('jp'), null)
  const [products, stories] = await Promise.all([
    region ? optionalRead('products for the sitemap', () => listAllProducts(region, 'en'), []) : [],
    optionalRead('stories for the sitemap', () => listLatestStories('ja', MAX_STORIES), []),
  ])
  const artisans = new Set<string>()
  for (const product of products) if (product.artisanHandle) artisans.add(product.artisanHandle)
  for (const story of stories) if (story.artisan?.handle) artisans.add(story.artisan.handle)

  return [
    ...sitemapEntriesFor(site, '', { priority: 1 }),
    ...sitemapEntriesFor(site, '/products', { priority: 0.9 }),
    ...sitemapEntriesFor(site, '/crafts', { priority: 0.6 }),
    ...sitemapEntriesFor(site, '/stories', { priority: 0.6 }),
    ...crafts.flatMap(({ slug }) => sitemapEntriesFor(site, `/crafts/${slug}`, { priority: 0.6 })),
    ...products.flatMap((product) =>
      sitemapEntriesFor(site, `/products/${product.handle}`, { priority: 0.8 }),
    ),
    ...[...artisans].flatMap((handle) => sitemapEntriesFor(site, `/artisans/${handle}`, { priority: 0.5 })),
    ...stories.flatMap((story) =>
      sitemapEntriesFor(site, `/stories/${story.slug}`, { lastModified: story.publishedAt, priority: 0.7 }),
    ),
  ]
}
