import { type NextRequest, NextResponse } from 'next/server'

import { parseMarket } from '@/i18n/markets'
import { readSessionToken } from '@/lib/portal/session'
import { portalPath } from '@/lib/portal/paths'
import { checkPhotoFiles } from '@/lib/portal/photo-files'
import { retrieveArtisanProduct, updateArtisanProduct, uploadArtisanFiles } from '@/lib/portal/products'
import { revalidateProduct } from '@/lib/portal/revalidate-product'

/**
 * Photo upload of the edit page (a plain multipart form). A route handler rather than a server
 * action: server actions refuse bodies over 1 MB, and phone photos are larger. Medusa resizes them;
 * the new photos are appended to the work's list in one update.
 */
export async function POST(
  request: NextRequest,
  { params }: RouteContext<'/[market]/artisan/products/[id]/photos'>,
): Promise<Response> {
  const { market: segment, id } = await params
  const market = parseMarket(segment)
  if (!market) return new Response('Not found', { status: 404 })
  const back = (outcome: string) =>
    NextResponse.redirect(
      new URL(`${portalPath(market.segment, `/products/${encodeURIComponent(id)}`)}?photos=${outcome}#photos`, request.url),
      303,
    )

  const token = await readSessionToken()
  if (!token) return NextResponse.redirect(new URL(portalPath(market.segment, '/sign-in'), request.url), 303)
  const current = await retrieveArtisanProduct(token, id)
  if (!current) return new Response('Not found', { status: 404 })
  if (!current.ok) {
    if (current.status === 401) {
      return NextResponse.redirect(new URL(portalPath(market.segment, '/sign-in'), request.url), 303)
    }
    return back('failed')
  }

  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return back('no-files')
  }
  const files = form.getAll('files').filter((entry): entry is File => entry instanceof File && entry.size > 0)
  const check = checkPhotoFiles(files)
  if (check !== 'ok') return back(check)

  const uploaded = await uploadArtisanFiles(token, files)
  if (!uploaded.ok) return back(uploaded.status === 400 ? 'bad-file' : 'failed')
  const urls = [
    ...current.data.product.images.map((image) => image.url),
    ...uploaded.data.files.map((file) => file.url),
  ]
  const saved = await updateArtisanProduct(token, id, { image_urls: urls })
  if (!saved.ok) return back('failed')
  revalidateProduct(saved.data.product.handle)
  return back('saved')
}
