import type { MedusaRequest } from "@medusajs/framework/http"

export class BodyTooLarge extends Error {}

/** Reads the raw request body, refusing more than `limit` bytes (the upload route has no body parser). */
export async function readRawBody(req: MedusaRequest, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new BodyTooLarge(`more than ${limit} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Parses a multipart/form-data body with the platform's own parser (undici's FormData). */
export async function parseMultipart(contentType: string, body: Buffer): Promise<FormData> {
  return new Request("http://upload.local/", { method: "POST", headers: { "content-type": contentType }, body }).formData()
}
