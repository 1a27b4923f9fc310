import { cacheLife, cacheTag } from 'next/cache'

import { regionsTag } from './cache-tags'
import { medusa } from './client'
import { reshapeRegion } from './reshape'
import type { Region } from './types'

/** All regions with their countries and currency. Cached until Medusa says regions changed. */
export async function listRegions(): Promise<Region[]> {
  'use cache'
  cacheTag(regionsTag)
  cacheLife('max')
  const { regions } = await medusa().store.region.list({
    fields: 'id,name,currency_code,*countries',
    limit: 100,
  })
  return regions.map(reshapeRegion)
}

/** The region that sells to a country (lower-case ISO code), or null if none does. */
export async function getRegionForCountry(country: string): Promise<Region | null> {
  const regions = await listRegions()
  return regions.find((region) => region.countries.includes(country.toLowerCase())) ?? null
}
