import type { TextField, TextFieldSingleValidation } from 'payload'

/** Lower-case words joined by single hyphens: `kutani-gosai-plate`. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const validateHandle: TextFieldSingleValidation = (value) => {
  if (!value) return true
  return HANDLE_PATTERN.test(value)
    ? true
    : 'Use lower-case letters, digits and single hyphens only (e.g. kutani-gosai-plate).'
}

/**
 * A URL- and join-safe key (an artisan's handle, a story's slug). Not localized: the same key serves
 * every locale and, for artisans, is the same string as in Medusa.
 */
export function handleField(
  name: string,
  description: string,
  validate: TextFieldSingleValidation = validateHandle,
): TextField {
  return {
    name,
    type: 'text',
    required: true,
    unique: true,
    index: true,
    validate,
    admin: { description, position: 'sidebar' },
  }
}
