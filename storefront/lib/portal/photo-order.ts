/**
 * Reordering and removing photos: the API takes the whole ordered list of image URLs
 * (`image_urls`), so each button of the photo list is an operation on the current list.
 */
export type PhotoOperation = { kind: 'up' | 'down' | 'remove'; index: number }

export function parsePhotoOperation(raw: string): PhotoOperation | null {
  const match = /^(up|down|remove):(\d{1,3})$/.exec(raw)
  if (!match) return null
  return { kind: match[1] as PhotoOperation['kind'], index: Number.parseInt(match[2] ?? '', 10) }
}

/** The list after the operation, or null when it does not apply (index out of range, no move). */
export function applyPhotoOperation(urls: readonly string[], operation: PhotoOperation): string[] | null {
  const { kind, index } = operation
  if (index < 0 || index >= urls.length) return null
  const next = [...urls]
  if (kind === 'remove') {
    next.splice(index, 1)
    return next
  }
  const target = kind === 'up' ? index - 1 : index + 1
  if (target < 0 || target >= urls.length) return null
  const [moved] = next.splice(index, 1)
  if (moved === undefined) return null
  next.splice(target, 0, moved)
  return next
}
