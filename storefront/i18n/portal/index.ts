import type { Locale } from '@/i18n/markets'

import { type PortalDictionary, portalEn } from './en'
import { portalJa } from './ja'

export type { PortalDictionary }

const dictionaries: Record<Locale, PortalDictionary> = { ja: portalJa, en: portalEn }

export function getPortalDictionary(locale: Locale): PortalDictionary {
  return dictionaries[locale]
}
