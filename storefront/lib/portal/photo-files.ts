/** The store takes JPEG, PNG and WebP up to 8 MB each (it resizes them to at most 1600 px). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024
const PHOTOS_PER_UPLOAD = 10

export function checkPhotoFiles(
  files: readonly { type: string; size: number }[],
): 'ok' | 'no-files' | 'bad-file' {
  if (files.length === 0) return 'no-files'
  if (files.length > PHOTOS_PER_UPLOAD) return 'bad-file'
  const fits = (file: { type: string; size: number }) =>
    (PHOTO_TYPES as readonly string[]).includes(file.type) && file.size <= PHOTO_MAX_BYTES
  return files.every(fits) ? 'ok' : 'bad-file'
}
