/**
 * Prices cross the artisans' API as decimal strings ("18000", "120.00"). In our code JPY stays whole
 * yen and USD/EUR integer cents; Medusa stores whole currency units, so we convert only at its boundary.
 */
export const PRICE_CURRENCIES = ["jpy", "usd", "eur"] as const
export type PriceCurrency = (typeof PRICE_CURRENCIES)[number]

const decimals = (currency: PriceCurrency) => (currency === "jpy" ? 0 : 2)

/** "120.5" → 12050 (cents); "18000" → 18000 (yen). Input is already validated by the body schema. */
export function toMinorUnits(currency: PriceCurrency, value: string): number {
  const [whole, fraction = ""] = value.split(".")
  const places = decimals(currency)
  return Number(whole) * 10 ** places + Number((fraction + "00").slice(0, places) || "0")
}

/** Minor units → the decimal string Medusa accepts as an amount (BigNumber input, no float rounding). */
export function minorToMedusaAmount(currency: PriceCurrency, minor: number): string {
  const places = decimals(currency)
  if (!places) return String(minor)
  const whole = Math.floor(minor / 100)
  return `${whole}.${String(minor % 100).padStart(2, "0")}`
}

/** A Medusa amount (number or numeric string) → our decimal string, "18000" or "120.00". */
export function fromMedusaAmount(currency: PriceCurrency, amount: number | string): string {
  const places = decimals(currency)
  const minor = Math.round(Number(amount) * 10 ** places)
  return minorToMedusaAmount(currency, minor)
}

export const isPriceCurrency = (code: string): code is PriceCurrency =>
  (PRICE_CURRENCIES as readonly string[]).includes(code)
