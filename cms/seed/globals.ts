import type { Payload } from 'payload'

import { announcement, footer, headerNav } from './content/globals'

/**
 * Fills the header, footer and announcement bar when they are still empty (a brand manager's edits
 * are never overwritten). Returns the globals it filled.
 */
export async function seedGlobals(payload: Payload): Promise<string[]> {
  const filled: string[] = []

  const header = await payload.findGlobal({ slug: 'header', locale: 'ja', overrideAccess: true })
  if (!header.navItems?.length) {
    const ja = await payload.updateGlobal({
      slug: 'header',
      locale: 'ja',
      data: { navItems: headerNav.map((link) => ({ label: link.label.ja, href: link.href })) },
      overrideAccess: true,
    })
    await payload.updateGlobal({
      slug: 'header',
      locale: 'en',
      data: {
        navItems: headerNav.map((link, i) => ({
          id: ja.navItems?.[i]?.id,
          label: link.label.en,
          href: link.href,
        })),
      },
      overrideAccess: true,
    })
    filled.push('header')
  }

  const currentFooter = await payload.findGlobal({ slug: 'footer', overrideAccess: true })
  if (!currentFooter.columns?.length) {
    const ja = await payload.updateGlobal({
      slug: 'footer',
      locale: 'ja',
      data: {
        columns: footer.columns.map((column) => ({
          heading: column.heading.ja,
          links: column.links.map((link) => ({ label: link.label.ja, href: link.href })),
        })),
        address: footer.address.ja,
        copyright: footer.copyright.ja,
      },
      overrideAccess: true,
    })
    await payload.updateGlobal({
      slug: 'footer',
      locale: 'en',
      data: {
        columns: footer.columns.map((column, i) => ({
          id: ja.columns?.[i]?.id,
          heading: column.heading.en,
          links: column.links.map((link, j) => ({
            id: ja.columns?.[i]?.links?.[j]?.id,
            label: link.label.en,
            href: link.href,
          })),
        })),
        address: footer.address.en,
        copyright: footer.copyright.en,
      },
      overrideAccess: true,
    })
    filled.push('footer')
  }

  const bar = await payload.findGlobal({ slug: 'announcement', locale: 'ja', overrideAccess: true })
  if (!bar.message) {
    const dates = { startsAt: announcement.startsAt, endsAt: announcement.endsAt }
    await payload.updateGlobal({
      slug: 'announcement',
      locale: 'ja',
      data: { enabled: announcement.enabled, message: announcement.message.ja, href: announcement.href, ...dates },
      overrideAccess: true,
    })
    await payload.updateGlobal({
      slug: 'announcement',
      locale: 'en',
      data: { message: announcement.message.en },
      overrideAccess: true,
    })
    filled.push('announcement')
  }
  return filled
}
