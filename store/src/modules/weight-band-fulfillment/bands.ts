/**
 * International courier (EMS-like) rates by packed weight. Amounts are integer minor units
 * (yen, cents); `toMedusaAmount` converts them to Medusa's whole currency units at the boundary.
 */
export type BandCurrency = "jpy" | "usd" | "eur"

export type WeightBand = {
  /** Upper bound of the band in grams, inclusive. */
  maxGrams: number
  minor: Record<BandCurrency, number>
}

export const WEIGHT_BANDS: readonly WeightBand[] = [
  { maxGrams: 1000, minor: { jpy: 4800, usd: 3800, eur: 3500 } },
  { maxGrams: 3000, minor: { jpy: 8200, usd: 6200, eur: 5700 } },
  { maxGrams: 10000, minor: { jpy: 16000, usd: 12000, eur: 11000 } },
  { maxGrams: 30000, minor: { jpy: 32000, usd: 24000, eur: 22000 } },
]

/** Packaging (box, cushioning) the workshop adds to every parcel, in grams. */
export const PARCEL_TARE_GRAMS = 200

const MINOR_PER_UNIT: Record<BandCurrency, number> = { jpy: 1, usd: 100, eur: 100 }

export function isBandCurrency(code: string): code is BandCurrency {
  return code === "jpy" || code === "usd" || code === "eur"
}

/** The band a parcel of `grams` falls into, or null when it is heavier than any courier band. */
export function bandFor(grams: number): WeightBand | null {
  return WEIGHT_BANDS.find((band) => grams <= band.maxGrams) ?? null
}

/** Medusa stores whole units (45.5 = $45.50); integer division of minor units keeps it exact. */
export function toMedusaAmount(currency: BandCurrency, minor: number): number {
  const perUnit = MINOR_PER_UNIT[currency]
  return perUnit === 1 ? minor : Number((minor / perUnit).toFixed(2))
}
