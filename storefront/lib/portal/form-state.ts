import type { PortalDictionary } from '@/i18n/portal'

import type { FieldError, FieldErrors } from './product-form'

/**
 * What a portal form's server action hands back to the form: messages already written out in the
 * artisan's language, keyed by the field they belong next to (`form` for the whole form), and the
 * values typed, so a refused form keeps them.
 */
export type FormState = {
  status: 'idle' | 'error' | 'success'
  message?: string
  errors: Record<string, string>
  values: Record<string, string>
}

export const idleFormState: FormState = { status: 'idle', errors: {}, values: {} }

export function describeFieldError(error: FieldError, dictionary: PortalDictionary): string {
  return error.code === 'server'
    ? dictionary.errors.serverField(error.message)
    : dictionary.errors[error.code]
}

export function describeFieldErrors(
  errors: FieldErrors,
  dictionary: PortalDictionary,
): Record<string, string> {
  const described: Record<string, string> = {}
  for (const [field, error] of Object.entries(errors)) {
    if (error) described[field] = describeFieldError(error, dictionary)
  }
  return described
}
