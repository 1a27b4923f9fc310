import { z } from 'zod'

import { env } from '@/lib/env'

/**
 * The countries Medusa's regions sell to, for proxy.ts (which runs outside the page cache):
 * one small read, kept in memory for a few minutes; null when Medusa cannot be reached, and the
 * proxy then keeps to the markets that always exist.
 */
const TTL_MS = 5 * 60 * 1000
const TIMEOUT_MS = 1500

const regionsResponse = z.object({
  regions: z.array(z.object({ countries: z.array(z.object({ iso_2: z.string() })).nullish() })),
})

let memo: { at: number; countries: ReadonlySet<string> } | undefined

export async function servedCountries(): Promise<ReadonlySet<string> | null> {
  if (memo && Date.now() - memo.at < TTL_MS) return memo.countries
  if (!env.medusaPublishableKey) return null
  try {
    const response = await fetch(
      `${env.medusaBackendUrl}/store/regions?fields=id,*countries&limit=100`,
      {
        headers: { 'x-publishable-api-key': env.medusaPublishableKey },
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: 'no-store',
      },
    )
    if (!response.ok) throw new Error(`Medusa answered ${response.status}`)
    const { regions } = regionsResponse.parse(await response.json())
    const countries = new Set(
      regions.flatMap((region) => (region.countries ?? []).map((c) => c.iso_2.toLowerCase())),
    )
    memo = { at: Date.now(), countries }
    return countries
  } catch (error) {
    console.error('[proxy] could not read the regions from Medusa', error)
    return memo?.countries ?? null
  }
}
