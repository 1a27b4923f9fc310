/**
 * Money as integer minor units (yen, cents) plus an ISO 4217 code. Amounts are converted from
 * Medusa's decimal numbers by their decimal digits and formatted from decimal strings, so no float
 * arithmetic ever touches a price.
 */
export type Money = {
  /** Integer minor units: ¥38,500 → 38500; $26.50 → 2650. */
  amount: number
  /** Upper case: JPY, USD, EUR. */
  currency: string
}

/** Decimal digits of a currency's minor unit (JPY 0, USD 2, EUR 2), per ISO 4217 via Intl. */
export function currencyDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  )
}

/**
 * Converts a major-unit amount as Medusa v2 returns it (38500, 260, 26.5) to minor units, by its
 * decimal digits (`toFixed` rounds only beyond the currency's precision). `null` if not a price.
 */
export function toMinorUnits(amount: number, currency: string): number | null {
  if (!Number.isFinite(amount) || amount < 0) return null
  const fixed = amount.toFixed(currencyDigits(currency))
  if (!/^\d+(\.\d+)?$/.test(fixed)) return null // toFixed switches to exponent notation past 1e21
  const minor = Number.parseInt(fixed.replace('.', ''), 10)
  return Number.isSafeInteger(minor) ? minor : null
}

/** Minor units back to a decimal string: (2650, USD) → "26.50"; (38500, JPY) → "38500". */
export function toDecimalString(money: Money): string {
  const digits = currencyDigits(money.currency)
  const text = String(Math.abs(money.amount)).padStart(digits + 1, '0')
  const sign = money.amount < 0 ? '-' : ''
  if (digits === 0) return `${sign}${text}`
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`
}

/** Formats for display in a language: JPY without decimals, USD and EUR with two. */
export function formatMoney(money: Money, languageTag: string): string {
  const digits = currencyDigits(money.currency)
  const format = new Intl.NumberFormat(languageTag, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
  // Intl formats a decimal string exactly (no conversion to a binary float).
  return format.format(toDecimalString(money) as `${number}`)
}
