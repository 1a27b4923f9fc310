import type { LivePreviewConfig } from 'payload'

import { env } from './env'

/** The storefront market that shows a content locale (`/ja-jp`, `/en-us`). */
export const marketOf = (locale: string | undefined): string =>
  locale === 'en' ? 'en-us' : 'ja-jp'

/**
 * Live preview in the storefront: the admin opens the page in an iframe with `?preview=1`; the
 * storefront shows the draft only to a reader logged in to the admin (Payload's cookie).
 */
export function livePreview(pathOf: (slug: string) => string): LivePreviewConfig {
  return {
    url: ({ data, locale }) => {
      const slug = typeof data?.slug === 'string' ? data.slug : undefined
      if (!slug) return null
      const path = pathOf(slug)
      const url = new URL(`/${marketOf(locale.code)}${path === '/' ? '' : path}`, env.siteUrl)
      url.searchParams.set('preview', '1')
      return url.toString()
    },
    breakpoints: [
      { label: 'Phone', name: 'phone', width: 390, height: 844 },
      { label: 'Desktop', name: 'desktop', width: 1280, height: 800 },
    ],
  }
}
