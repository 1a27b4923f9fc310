'use server'

import { redirect } from 'next/navigation'

import { requireArtisan } from '@/lib/portal/current-artisan'
import { describeFieldErrors, type FormState } from '@/lib/portal/form-state'
import { formMarket, formString } from '@/lib/portal/market'
import { portalPath } from '@/lib/portal/paths'
import { applyPhotoOperation, parsePhotoOperation } from '@/lib/portal/photo-order'
import {
  mapApiFieldErrors,
  productFormValues,
  readProductForm,
  validateProductForm,
} from '@/lib/portal/product-form'
import { retrieveArtisanProduct, updateArtisanProduct } from '@/lib/portal/products'
import { revalidateProduct } from '@/lib/portal/revalidate-product'

/** Saves the edit form: every change in one request, so nothing is saved half-way. */
export async function updateProductAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { market, dictionary } = formMarket(form)
  const { token } = await requireArtisan(market.segment)
  const values = readProductForm(form)
  const current = await retrieveArtisanProduct(token, formString(form, 'id'))
  if (!current || !current.ok) {
    const message = current ? dictionary.errors.unexpected : dictionary.product.notFoundText
    return { status: 'error', message, errors: {}, values }
  }
  const product = current.data.product
  const checked = validateProductForm(values, product)
  if (!checked.ok) {
    return {
      status: 'error',
      message: dictionary.product.failed,
      errors: describeFieldErrors(checked.errors, dictionary),
      values,
    }
  }
  if (Object.keys(checked.update).length === 0) {
    return { status: 'success', message: dictionary.product.saved, errors: {}, values }
  }
  const saved = await updateArtisanProduct(token, product.id, checked.update)
  if (!saved.ok) {
    if (saved.status === 401) redirect(portalPath(market.segment, '/sign-in'))
    const errors = describeFieldErrors(mapApiFieldErrors(saved.errors), dictionary)
    const message =
      saved.status === 400 ? dictionary.product.failed : dictionary.errors.unexpected
    if (saved.status === 400 && Object.keys(errors).length === 0) {
      errors.form = dictionary.errors.serverField(saved.message)
    }
    return { status: 'error', message, errors, values }
  }
  revalidateProduct(saved.data.product.handle)
  return {
    status: 'success',
    message: dictionary.product.saved,
    errors: {},
    values: productFormValues(saved.data.product),
  }
}

/** One button of the photo list: move a photo earlier or later, or remove it. */
export async function changePhotosAction(form: FormData): Promise<void> {
  const { market } = formMarket(form)
  const { token } = await requireArtisan(market.segment)
  const id = formString(form, 'id')
  const back = (outcome: 'saved' | 'failed') =>
    `${portalPath(market.segment, `/products/${encodeURIComponent(id)}`)}?photos=${outcome}#photos`
  const current = await retrieveArtisanProduct(token, id)
  if (!current) redirect(portalPath(market.segment, `/products/${encodeURIComponent(id)}`))
  const operation = parsePhotoOperation(formString(form, 'op'))
  if (!current.ok || !operation) redirect(back('failed'))
  const urls = applyPhotoOperation(
    current.data.product.images.map((image) => image.url),
    operation,
  )
  if (!urls) redirect(back('failed'))
  const saved = await updateArtisanProduct(token, id, { image_urls: urls })
  if (!saved.ok) redirect(back('failed'))
  revalidateProduct(saved.data.product.handle)
  redirect(back('saved'))
}
