import { notFound } from 'next/navigation'

import { getPortalDictionary, type PortalDictionary } from '@/i18n/portal'
import { type ResolvedMarket, resolveMarket } from '@/lib/market'

/** A portal page's market and words; an unknown market answers 404 like the shop's pages. */
export async function portalPageMarket(
  params: Promise<{ market: string }>,
): Promise<{ market: ResolvedMarket; dictionary: PortalDictionary }> {
  const market = await resolveMarket((await params).market)
  if (!market) notFound()
  return { market, dictionary: getPortalDictionary(market.locale) }
}

/** One value of a search parameter (the first when repeated). */
export function searchParam(
  params: Record<string, string | string[] | undefined>,
  name: string,
): string {
  const value = params[name]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}
