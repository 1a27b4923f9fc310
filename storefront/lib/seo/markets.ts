import { listRegions } from '@/lib/commerce/regions'

import { marketsOf, type MarketOption } from './market-options'

export type { MarketOption }

/** All markets (cached with the regions; empty when Medusa cannot be reached on a first render). */
export async function listMarkets(): Promise<MarketOption[]> {
  try {
    return marketsOf(await listRegions())
  } catch (error) {
    console.error('[seo] could not list the regions for the market list', error)
    return []
  }
}
