import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { currentArtisan } from "../lib/current-artisan"
import { isPhotoType, MAX_PHOTO_BYTES, PHOTO_TYPES, preparePhoto } from "../lib/photos"
import { BodyTooLarge, parseMultipart, readRawBody } from "../lib/read-multipart"
import { invalid, type FieldError } from "../lib/validation"

const MAX_FILES = 6

type UploadedFile = { name: string; type: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }
const isFile = (entry: unknown): entry is UploadedFile =>
  typeof entry === "object" && entry !== null && "arrayBuffer" in entry && "type" in entry

/**
 * POST /artisan/uploads — multipart field `files` (JPEG/PNG/WebP, up to 8 MB each, up to 6), resized
 * with sharp and stored through Medusa's file module. Answers the public URLs, to be used in
 * `image_urls` of a product update.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await currentArtisan(req)
  const contentType = req.headers["content-type"] ?? ""
  if (!contentType.startsWith("multipart/form-data")) {
    return invalid(res, [{ field: "files", message: "send the photos as multipart/form-data in the field `files`" }])
  }
  let form: FormData
  try {
    form = await parseMultipart(contentType, await readRawBody(req, MAX_FILES * MAX_PHOTO_BYTES + 1024 * 1024))
  } catch (error) {
    const message = error instanceof BodyTooLarge ? "the photos are too large together (8 MB each at most)" : "the upload could not be read"
    return invalid(res, [{ field: "files", message }])
  }
  const files: UploadedFile[] = form.getAll("files").flatMap((entry: unknown) => (isFile(entry) ? [entry] : []))
  const errors: FieldError[] = []
  if (!files.length) errors.push({ field: "files", message: "choose at least one photo" })
  if (files.length > MAX_FILES) errors.push({ field: "files", message: `at most ${MAX_FILES} photos at a time` })
  files.forEach((file, index) => {
    if (!isPhotoType(file.type)) errors.push({ field: `files.${index}`, message: "a JPEG, PNG or WebP photo" })
    else if (file.size > MAX_PHOTO_BYTES) errors.push({ field: `files.${index}`, message: "at most 8 MB" })
  })
  if (errors.length) return invalid(res, errors)

  const prepared: Array<{ filename: string; mimeType: string; content: string }> = []
  for (const [index, file] of files.entries()) {
    const type = file.type
    if (!isPhotoType(type)) continue
    try {
      const buffer = await preparePhoto(Buffer.from(await file.arrayBuffer()), type)
      const base = (file.name || "photo").replace(/\.[^.]*$/, "").replace(/[^a-zA-Z0-9_-]+/g, "-").slice(0, 60) || "photo"
      prepared.push({ filename: `${base}.${PHOTO_TYPES[type]}`, mimeType: type, content: buffer.toString("base64") })
    } catch {
      errors.push({ field: `files.${index}`, message: "this file is not a readable photo" })
    }
  }
  if (errors.length) return invalid(res, errors)
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: { files: prepared.map((file) => ({ ...file, access: "public" as const })) },
  })
  res.status(200).json({ files: result.map((file) => ({ url: file.url })) })
}
