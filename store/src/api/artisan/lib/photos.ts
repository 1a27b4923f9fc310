import sharp from "sharp"

export const PHOTO_TYPES = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" } as const
export type PhotoType = keyof typeof PHOTO_TYPES
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
export const MAX_PHOTO_EDGE = 1600

export const isPhotoType = (type: string): type is PhotoType => type in PHOTO_TYPES

/**
 * A phone photo made fit for the shop: turned upright (EXIF), at most 1600 px on its long edge,
 * metadata (GPS included) stripped, same format. Throws when the bytes are not an image.
 */
export async function preparePhoto(input: Buffer, type: PhotoType): Promise<Buffer> {
  const image = sharp(input, { failOn: "error" })
    .rotate()
    .resize({ width: MAX_PHOTO_EDGE, height: MAX_PHOTO_EDGE, fit: "inside", withoutEnlargement: true })
  if (type === "image/png") return image.png().toBuffer()
  if (type === "image/webp") return image.webp({ quality: 85 }).toBuffer()
  return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
}
