import { z } from 'zod'

/** Why the shop could not be asked: the message is shown to the editor as-is. */
export class MedusaUnavailableError extends Error {
  override name = 'MedusaUnavailableError'
}

const productsResponse = z.object({
  products: z.array(z.object({ handle: z.string() })),
})

export type StoreApi = { backendUrl: string; publishableKey: string | undefined }

/**
 * Which of `handles` are published products in Medusa's Store API (`GET /store/products?handle=...`,
 * the storefront's publishable key, so only products the shop can sell count).
 */
export async function findProductHandles(
  handles: readonly string[],
  api: StoreApi,
  fetchImpl: typeof fetch = fetch,
): Promise<Set<string>> {
  if (handles.length === 0) return new Set()
  if (!api.publishableKey) {
    throw new MedusaUnavailableError(
      'Cannot check product handles: MEDUSA_PUBLISHABLE_KEY is not set on this server.',
    )
  }
  const url = new URL('/store/products', api.backendUrl)
  for (const handle of handles) url.searchParams.append('handle', handle)
  url.searchParams.set('fields', 'handle')
  url.searchParams.set('limit', String(handles.length))
  let response: Response
  try {
    response = await fetchImpl(url, {
      headers: { 'x-publishable-api-key': api.publishableKey, accept: 'application/json' },
      signal: AbortSignal.timeout(5_000),
    })
  } catch (err) {
    throw new MedusaUnavailableError(
      `Cannot check product handles: the shop (Medusa at ${api.backendUrl}) did not answer (${(err as Error).message}). Try again in a moment.`,
    )
  }
  if (!response.ok) {
    throw new MedusaUnavailableError(
      `Cannot check product handles: the shop (Medusa) answered ${response.status}.`,
    )
  }
  const parsed = productsResponse.safeParse(await response.json())
  if (!parsed.success) {
    throw new MedusaUnavailableError('Cannot check product handles: unexpected answer from Medusa.')
  }
  return new Set(parsed.data.products.map((product) => product.handle))
}
