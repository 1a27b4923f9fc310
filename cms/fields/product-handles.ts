import type { PayloadRequest, TextField } from 'payload'

import { env } from '../env'
import { findProductHandles, MedusaUnavailableError } from '../medusa/find-product-handles'
import { HANDLE_PATTERN } from './handle'

/**
 * `req.context` flag that skips the Medusa lookup: the seed writes before Medusa is serving and
 * uses handles from Medusa's own seed.
 */
export const SKIP_PRODUCT_CHECK = 'skipProductHandleCheck'

/**
 * Checks product handles against Medusa's Store API. Returns true, or a message naming every
 * unknown handle (the save is refused). Exported for the system test and for array fields.
 */
export async function validateProductHandles(
  value: readonly string[] | null | undefined,
  req: PayloadRequest | undefined,
): Promise<true | string> {
  const handles = [...new Set((value ?? []).filter(Boolean))]
  if (handles.length === 0) return true
  const malformed = handles.filter((handle) => !HANDLE_PATTERN.test(handle))
  if (malformed.length > 0) {
    return `Not a product handle: ${malformed.join(', ')} (use lower-case words joined by hyphens, e.g. kutani-gosai-plate).`
  }
  if (req?.context?.[SKIP_PRODUCT_CHECK] === true) return true
  try {
    const known = await findProductHandles(handles, {
      backendUrl: env.medusaBackendUrl,
      publishableKey: env.medusaPublishableKey,
    })
    const unknown = handles.filter((handle) => !known.has(handle))
    if (unknown.length === 0) return true
    return `Unknown product handle${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. The shop has no published product with ${unknown.length > 1 ? 'these handles' : 'this handle'}; check the spelling in Medusa (Products → handle).`
  } catch (err) {
    if (err instanceof MedusaUnavailableError) return err.message
    throw err
  }
}

/** A list of Medusa product handles, checked against the shop when the document is saved. */
export function productHandlesField(
  name: string,
  description: string,
  options: { required?: boolean; maxRows?: number } = {},
): TextField {
  return {
    name,
    type: 'text',
    hasMany: true,
    maxRows: options.maxRows ?? 12,
    admin: {
      description,
      // A list of the shop's products to choose from (fetched from Medusa by /api/shop-products).
      components: { afterInput: ['/cms/components/product-handle-picker.tsx#ProductHandlePicker'] },
    },
    validate: (value: string[] | null | undefined, { req }: { req: PayloadRequest }) =>
      options.required && (!value || value.length === 0)
        ? 'Add at least one product handle.'
        : validateProductHandles(value, req),
  }
}
