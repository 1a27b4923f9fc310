import type { z } from 'zod'

/** Why the shop could not be asked: the message is shown to the editor as-is. */
export class MedusaUnavailableError extends Error {
  override name = 'MedusaUnavailableError'
}

export type StoreApi = { backendUrl: string; publishableKey: string | undefined }

/**
 * One `GET /store/products` with the storefront's publishable key (so only products the shop can
 * sell count), its answer checked against `schema`. Every failure is a MedusaUnavailableError whose
 * message starts with `purpose` ("Cannot list products").
 */
export async function getStoreProducts<T>(
  api: StoreApi,
  query: URLSearchParams,
  schema: z.ZodType<T>,
  purpose: string,
  fetchImpl: typeof fetch = fetch,
): Promise<T> {
  if (!api.publishableKey) {
    throw new MedusaUnavailableError(`${purpose}: MEDUSA_PUBLISHABLE_KEY is not set on this server.`)
  }
  const url = new URL('/store/products', api.backendUrl)
  url.search = query.toString()
  let response: Response
  try {
    response = await fetchImpl(url, {
      headers: { 'x-publishable-api-key': api.publishableKey, accept: 'application/json' },
      signal: AbortSignal.timeout(5_000),
    })
  } catch (err) {
    throw new MedusaUnavailableError(
      `${purpose}: the shop (Medusa at ${api.backendUrl}) did not answer (${(err as Error).message}). Try again in a moment.`,
    )
  }
  if (!response.ok) throw new MedusaUnavailableError(`${purpose}: the shop (Medusa) answered ${response.status}.`)
  const parsed = schema.safeParse(await response.json())
  if (!parsed.success) throw new MedusaUnavailableError(`${purpose}: unexpected answer from Medusa.`)
  return parsed.data
}
