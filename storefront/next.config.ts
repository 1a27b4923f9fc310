import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Product photos come from Medusa's file storage. Any port on localhost (the embedded stack picks
 * free ports), plus the configured backend's host. Next refuses to fetch from private addresses
 * unless told: only when the backend itself is local (development, tests, the benchmark).
 */
const medusaUrl = new URL(process.env.MEDUSA_BACKEND_URL || 'http://localhost:9000')
const localBackend = ['localhost', '127.0.0.1', '[::1]'].includes(medusaUrl.hostname)
const imageHosts: NonNullable<NonNullable<NextConfig['images']>['remotePatterns']> = [
  { protocol: 'http', hostname: 'localhost' },
  { protocol: 'http', hostname: '127.0.0.1' },
  { protocol: medusaUrl.protocol === 'https:' ? 'https' : 'http', hostname: medusaUrl.hostname },
]

const nextConfig: NextConfig = {
  // The app compiles files above its folder (../payload.config.ts, ../cms) and resolves packages
  // from the workspace root's node_modules.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  cacheComponents: true,
  // A second development server of the same checkout (several people or tools at once) needs its own folder.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  // Off on purpose: unknown URLs must wait for their render (no App Shell sent first), so a missing
  // product or story answers a real 404 and each page is stored as one complete document.
  partialPrefetching: false,
  experimental: {
    globalNotFound: true,
  },
  reactStrictMode: true,
  poweredByHeader: false,
  // Next hashes every HTML response for its ETag (FNV over the whole document, per request): ~7-10%
  // of the server's time on a cached shop page. The pages are revalidated by tag on the server.
  generateEtags: false,
  images: {
    remotePatterns: imageHosts,
    dangerouslyAllowLocalIP: localBackend,
    formats: ['image/avif', 'image/webp'],
    // Fewer widths than Next's default (8 + 8): each candidate is written into the cached page
    // twice (srcset and the page's RSC data), and photos are 800-1600 px at the source.
    deviceSizes: [640, 828, 1080, 1600],
    imageSizes: [96, 192, 384],
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
}

/**
 * `withPayload` adds Accept-CH / Critical-CH (Sec-CH-Prefers-Color-Scheme) to every route. Only the
 * admin uses them; on shop pages Critical-CH makes Chromium repeat a page's first request. Scope
 * them to /admin and keep every other header as it is.
 */
function scopeClientHintsToAdmin(config: NextConfig): NextConfig {
  const headers = config.headers
  if (!headers) return config
  const clientHints = new Set(['accept-ch', 'critical-ch', 'vary'])
  return {
    ...config,
    headers: async () => {
      const rules = await headers()
      return rules.flatMap((rule) => {
        if (rule.source !== '/:path*') return [rule]
        const hints = rule.headers.filter((h) => clientHints.has(h.key.toLowerCase()))
        if (hints.length === 0) return [rule]
        const rest = rule.headers.filter((h) => !clientHints.has(h.key.toLowerCase()))
        return [
          ...(rest.length > 0 ? [{ ...rule, headers: rest }] : []),
          { ...rule, source: '/admin/:path*', headers: hints },
        ]
      })
    },
  }
}

export default scopeClientHintsToAdmin(withPayload(nextConfig, { devBundleServerPackages: false }))
