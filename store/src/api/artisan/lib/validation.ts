import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

export type FieldError = { field: string; message: string }

/** The artisans' API error body: `{ message, errors: [{ field, message }] }`, field names as in the body. */
export function invalid(res: MedusaResponse, errors: FieldError[], message?: string) {
  res.status(400).json({
    message: message ?? `Please check: ${errors.map((e) => `${e.field || "body"}: ${e.message}`).join("; ")}`,
    errors,
  })
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : []
    const path = issue.path.map(String).join(".")
    if (unknownKeys.length) {
      return { field: unknownKeys.join(", "), message: "is not a field of this request" }
    }
    return { field: path, message: issue.message }
  })
}

/**
 * Parses a request body; on failure answers 400 in the contract's shape and returns undefined.
 * (Medusa's own validator answers `{type, message}`, which is not what the portal reads.)
 */
export function parseBody<T extends z.ZodTypeAny>(
  schema: T,
  body: unknown,
  res: MedusaResponse
): z.infer<T> | undefined {
  const result = schema.safeParse(body ?? {})
  if (result.success) return result.data
  invalid(res, fieldErrors(result.error))
  return undefined
}
