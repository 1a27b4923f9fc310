import type { z } from 'zod'

import { env } from '@/lib/env'

import { type ApiFieldError, apiErrorSchema } from './schemas'

/**
 * The portal's one door to the Artisan API: Medusa over HTTP, never cached (every answer depends on
 * the artisan's token), each response parsed with its zod schema.
 */

export type ApiResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; errors: ApiFieldError[] }

export class PortalApiError extends Error {
  override name = 'PortalApiError'
}

type RequestOptions = {
  token?: string | null
  method?: 'GET' | 'POST' | 'DELETE'
  /** JSON body, or FormData for uploads. */
  body?: unknown
}

export async function portalRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  { token, method = 'GET', body }: RequestOptions = {},
): Promise<ApiResult<z.output<S>>> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  let payload: BodyInit | undefined
  if (body instanceof FormData) {
    payload = body
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json'
    payload = JSON.stringify(body)
  }

  let response: Response
  try {
    response = await fetch(`${env.medusaBackendUrl}${path}`, {
      method,
      headers,
      body: payload,
      cache: 'no-store',
    })
  } catch (error) {
    console.error(`Artisan API ${method} ${path}: Medusa did not answer`, error)
    return { ok: false, status: 503, message: 'The shop server did not answer.', errors: [] }
  }

  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(json)
    const message = parsed.success ? (parsed.data.message ?? response.statusText) : response.statusText
    if (response.status >= 500) {
      console.error(`Artisan API ${method} ${path}: ${response.status} ${message}`)
    }
    return {
      ok: false,
      status: response.status,
      message,
      errors: parsed.success ? (parsed.data.errors ?? []) : [],
    }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    console.error(`Artisan API ${method} ${path}: unexpected response`, parsed.error.issues)
    throw new PortalApiError(`Unexpected response from ${method} ${path}`)
  }
  return { ok: true, data: parsed.data }
}
