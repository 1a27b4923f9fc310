/**
 * Numbers as people type them on a phone: full-width digits (３８５００), thousands separators
 * (38,500 / 38，500), surrounding spaces. Normalised before validation, never parsed as floats.
 */
export function normaliseNumberInput(raw: string): string {
  return raw.normalize('NFKC').replace(/[,\s]/g, '')
}

/** "38500" → 38500; null for anything that is not a whole number. */
export function parseWholeNumber(raw: string): number | null {
  const text = normaliseNumberInput(raw)
  if (!/^\d{1,9}$/.test(text)) return null
  return Number.parseInt(text, 10)
}

/** "120", "120.5", "120.50" → "120.00"; null when not a price with at most two decimals. */
export function parseCentsDecimal(raw: string): string | null {
  const text = normaliseNumberInput(raw)
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(text)
  if (!match) return null
  const [, whole = '0', fraction = ''] = match
  return `${Number.parseInt(whole, 10)}.${fraction.padEnd(2, '0')}`
}

/** A Medusa decimal string as a form shows it: "18000" (JPY), "120.00" (USD). */
export function formatDecimalForInput(amount: string, digits: 0 | 2): string {
  const [whole = '0', fraction = ''] = amount.split('.')
  return digits === 0 ? whole : `${whole}.${fraction.padEnd(2, '0').slice(0, 2)}`
}
