import { cacheLife, cacheTag } from 'next/cache'

import { globalTag } from '@cms/cache-tags'
import type { Locale } from '@/i18n/markets'

import { payload } from './payload'
import { reshapeFooter, reshapeHeader } from './reshape-content'
import type { Announcement, SiteFooter, SiteHeader } from './types'

/** Header navigation (global `header`, tag `global:header`). */
export async function getHeader(locale: Locale): Promise<SiteHeader> {
  'use cache'
  cacheTag(globalTag('header'))
  cacheLife('max')
  return reshapeHeader(await (await payload()).findGlobal({ slug: 'header', locale, overrideAccess: false }))
}

/** Footer (global `footer`, tag `global:footer`). */
export async function getFooter(locale: Locale): Promise<SiteFooter> {
  'use cache'
  cacheTag(globalTag('footer'))
  cacheLife('max')
  return reshapeFooter(await (await payload()).findGlobal({ slug: 'footer', locale, overrideAccess: false }))
}

type AnnouncementWindow = Announcement & { startsAt: string | null; enabled: boolean }

/**
 * The announcement bar with its dates (tag `global:announcement`). Cached whole; whether it shows
 * *now* is `activeAnnouncement`'s call, so the cached value never goes stale at a start or end date.
 */
export async function getAnnouncement(locale: Locale): Promise<AnnouncementWindow | null> {
  'use cache'
  cacheTag(globalTag('announcement'))
  cacheLife('max')
  const doc = await (await payload()).findGlobal({ slug: 'announcement', locale, overrideAccess: false })
  if (!doc.message) return null
  return {
    enabled: Boolean(doc.enabled),
    message: doc.message,
    href: doc.href ?? null,
    startsAt: doc.startsAt ?? null,
    endsAt: doc.endsAt ?? null,
  }
}

/** The announcement to show at `now`, or null (off, not started, or over). */
export function activeAnnouncement(
  announcement: AnnouncementWindow | null,
  now: Date,
): Announcement | null {
  if (!announcement?.enabled) return null
  if (announcement.startsAt && now < new Date(announcement.startsAt)) return null
  if (announcement.endsAt && now >= new Date(announcement.endsAt)) return null
  return { message: announcement.message, href: announcement.href, endsAt: announcement.endsAt }
}
