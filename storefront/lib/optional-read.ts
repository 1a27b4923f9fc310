/**
 * Reads a page can live without (the CMS part of a commerce page, and the other way round): a
 * failure is logged with its context and the page renders without that part. Used outside the
 * cached functions, so a failure is never stored as an empty result.
 */
export async function optionalRead<T>(what: string, read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read()
  } catch (error) {
    console.error(`[storefront] ${what} failed; rendering without it`, error)
    return fallback
  }
}
