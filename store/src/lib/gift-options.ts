import { z } from "@medusajs/framework/zod"

/**
 * Gift options of one cart line, kept in `line_item.metadata.gift` (copied by Medusa to the
 * order item's metadata, so staff and the shopper see them on the order). The storefront writes
 * the same shape; every write through the Store API is checked against this schema.
 */

export const WRAPPINGS = ["none", "standard", "furoshiki"] as const
/** Why the gift is given: it decides which knot (mizuhiki) the noshi paper may show. */
export const NOSHI_PURPOSES = ["celebration", "wedding", "condolence", "thanks", "seasonal"] as const
/**
 * chouchou (bow): untied and retied, for happy events that may repeat (a birth, a promotion).
 * musubikiri (hard knot) and awaji (abalone knot): cannot be undone, for what should happen only
 * once (a wedding) or never again (condolence).
 */
export const NOSHI_KNOTS = ["chouchou", "musubikiri", "awaji"] as const
export const GIVER_NAME_MAX = 30

export type Wrapping = (typeof WRAPPINGS)[number]
export type NoshiPurpose = (typeof NOSHI_PURPOSES)[number]
export type NoshiKnot = (typeof NOSHI_KNOTS)[number]

/** Purposes for which a chouchou bow would be a faux pas. */
const ONCE_ONLY: ReadonlySet<NoshiPurpose> = new Set(["wedding", "condolence"])

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ")

export const noshiSchema = z
  .object({
    purpose: z.enum(NOSHI_PURPOSES, { message: `purpose must be one of ${list(NOSHI_PURPOSES)}` }),
    knot: z.enum(NOSHI_KNOTS, { message: `knot must be one of ${list(NOSHI_KNOTS)}` }),
    giver_name: z
      .string({ message: "giver_name (the name written on the noshi) is required" })
      .trim()
      .min(1, { message: "giver_name (the name written on the noshi) must not be empty" })
      .max(GIVER_NAME_MAX, { message: `giver_name must be at most ${GIVER_NAME_MAX} characters` })
      // Printed on paper by hand or by a printer: one line, no control characters or markup.
      .refine((name) => !/[\u0000-\u001f\u007f<>]/.test(name), {
        message: "giver_name may not contain line breaks, control characters or < >",
      }),
  })
  .strict()
  .superRefine((noshi, ctx) => {
    if (ONCE_ONLY.has(noshi.purpose) && noshi.knot === "chouchou") {
      ctx.addIssue({
        code: "custom",
        path: ["knot"],
        message: `a ${noshi.purpose} noshi needs a musubikiri or awaji knot; chouchou (bow) is for celebrations that may repeat`,
      })
    }
  })

export const giftOptionsSchema = z
  .object({
    wrapping: z.enum(WRAPPINGS, { message: `wrapping must be one of ${list(WRAPPINGS)}` }),
    noshi: noshiSchema.optional(),
    /** Leave prices off the packing slip (the parcel goes straight to the recipient). */
    hide_prices: z.boolean({ message: "hide_prices must be true or false" }),
  })
  .strict()

export type NoshiOptions = z.infer<typeof noshiSchema>
export type GiftOptions = z.infer<typeof giftOptionsSchema>

export type GiftOptionsResult = { ok: true; gift: GiftOptions | undefined } | { ok: false; message: string }

/**
 * Checks the `gift` key of a line item's metadata (other keys are left alone). Returns the
 * parsed options (giver's name trimmed) or one readable sentence naming every problem.
 */
export function parseLineItemGift(metadata: unknown): GiftOptionsResult {
  if (metadata === null || metadata === undefined || typeof metadata !== "object") return { ok: true, gift: undefined }
  if (!("gift" in metadata)) return { ok: true, gift: undefined }
  const raw = (metadata as { gift: unknown }).gift
  if (raw === null) return { ok: true, gift: undefined }
  const result = giftOptionsSchema.safeParse(raw)
  if (result.success) return { ok: true, gift: result.data }
  const problems = result.error.issues.map((issue) => {
    const path = ["metadata", "gift", ...issue.path.map(String)].join(".")
    const message = issue.code === "unrecognized_keys" ? `unknown option(s) ${list(issue.keys)}` : issue.message
    return `${path}: ${message}`
  })
  return { ok: false, message: `Invalid gift options: ${problems.join("; ")}` }
}
