import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The shipped images sit beside this file in the sources; `medusa build` compiles scripts into
 * .medusa/server without copying them, so the compiled seed looks back into the project's sources.
 */
function imagesDir(): string {
  const candidates = [join(__dirname, "images"), join(__dirname, "../../../../../src/scripts/seed/images")]
  const found = candidates.find((dir) => existsSync(join(dir, "kutani-gosai-plate.webp")))
  if (!found) throw new Error(`Seed images not found; looked in ${candidates.join(", ")}`)
  return found
}

/**
 * Uploads the shipped image of each product through Medusa's File Module (the local provider
 * serves it under /static) and returns its URL by handle.
 */
export async function uploadProductImages(container: MedusaContainer, handles: string[]): Promise<Map<string, string>> {
  if (!handles.length) return new Map()
  const dir = imagesDir()
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: handles.map((handle) => ({
        filename: `${handle}.webp`,
        mimeType: "image/webp",
        content: readFileSync(join(dir, `${handle}.webp`)).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  const urls = new Map<string, string>()
  for (const handle of handles) {
    // The local provider prefixes a timestamp: …/static/1700000000000-kutani-gosai-plate.webp
    const file = result.find((f) => new RegExp(`/(\\d+-)?${handle}\\.webp$`).test(f.url))
    if (!file) throw new Error(`The upload of ${handle}.webp returned no URL`)
    urls.set(handle, file.url)
  }
  return urls
}
