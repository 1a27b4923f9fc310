import { toDecimalString } from '@/i18n/money'

/**
 * Fixed rates for the suggested USD/EUR prices shown next to the yen price. They are a hint for the
 * artisan, never applied on their own: the shop's staff review them a few times a year.
 * Expressed as minor units (cents) per ¥10,000, so the arithmetic stays in integers.
 */
export const EXCHANGE_RATES = {
  usd: { centsPer10000Yen: 6700 },
  eur: { centsPer10000Yen: 6200 },
} as const

export type ForeignCurrency = keyof typeof EXCHANGE_RATES

/** ¥38,500 → "257.95" (USD): rounded half up to the cent. */
export function suggestedPrice(yen: number, currency: ForeignCurrency): string {
  const cents = Math.floor((yen * EXCHANGE_RATES[currency].centsPer10000Yen + 5000) / 10000)
  return toDecimalString({ amount: cents, currency: currency.toUpperCase() })
}
