import { portalRequest } from './client'
import { MEDUSA_ID } from './paths'
import {
  productListResponseSchema,
  productResponseSchema,
  type ProductUpdate,
  uploadResponseSchema,
} from './schemas'

/** The artisan's own products (Medusa returns 404 for anyone else's). */

export function listArtisanProducts(token: string) {
  return portalRequest('/artisan/products', productListResponseSchema, { token })
}

export async function retrieveArtisanProduct(token: string, id: string) {
  if (!MEDUSA_ID.test(id)) return null
  const result = await portalRequest(`/artisan/products/${id}`, productResponseSchema, { token })
  if (!result.ok && result.status === 404) return null
  return result
}

export function updateArtisanProduct(token: string, id: string, update: ProductUpdate) {
  return portalRequest(`/artisan/products/${encodeURIComponent(id)}`, productResponseSchema, {
    token,
    method: 'POST',
    body: update,
  })
}

/** Uploads photos; the store resizes them and answers their public URLs. */
export function uploadArtisanFiles(token: string, files: File[]) {
  const form = new FormData()
  for (const file of files) form.append('files', file, file.name)
  return portalRequest('/artisan/uploads', uploadResponseSchema, {
    token,
    method: 'POST',
    body: form,
  })
}
