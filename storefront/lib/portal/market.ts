import { defaultMarket, type Market, parseMarket } from '@/i18n/markets'
import { getPortalDictionary, type PortalDictionary } from '@/i18n/portal'

/**
 * The market a portal form was posted from (a hidden field). The portal needs only its language,
 * so an unknown value falls back to Japanese, the portal's default.
 */
export function formMarket(form: FormData): { market: Market; dictionary: PortalDictionary } {
  const value = form.get('market')
  const market = (typeof value === 'string' ? parseMarket(value) : null) ?? defaultMarket
  return { market, dictionary: getPortalDictionary(market.locale) }
}

export function formString(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}
