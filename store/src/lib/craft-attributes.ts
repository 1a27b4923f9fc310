import { z } from "@medusajs/framework/zod"

/**
 * Craft attributes of a product, kept in `product.metadata` and validated with this schema
 * wherever they are written (seed, artisans' routes, admin). The storefront reads the same keys.
 */
export const CRAFTS = [
  "kutani",
  "ohi",
  "lacquer",
  "gold-leaf",
  "kaga-yuzen",
  "kaga-embroidery",
  "mizuhiki",
  "kiri",
  "futamata-washi",
] as const

/** Keys of the care instructions the storefront and the CMS craft guides know how to explain. */
export const CARE_KEYS = [
  "porcelain-overglaze",
  "earthenware-raku",
  "urushi",
  "gold-leaf",
  "silk-dyed",
  "silk-embroidered",
  "paper-cord",
  "paulownia",
  "washi",
] as const

export const PACKAGING = ["tomobako", "gift-box", "standard"] as const

export type CraftSlug = (typeof CRAFTS)[number]
export type CareKey = (typeof CARE_KEYS)[number]
export type Packaging = (typeof PACKAGING)[number]

/** The maker of each craft in the demo catalog (the same handles in Medusa and the CMS). */
export const CRAFT_ARTISANS: Record<CraftSlug, string> = {
  kutani: "hoshino-aya",
  ohi: "takeda-ren",
  lacquer: "kimura-sho",
  "gold-leaf": "fujita-haru",
  "kaga-yuzen": "mori-yuki",
  "kaga-embroidery": "ishida-kaho",
  mizuhiki: "nakamura-yui",
  kiri: "sakai-itsuki",
  "futamata-washi": "ueda-minori",
}

export const craftAttributesSchema = z
  .object({
    craft: z.enum(CRAFTS),
    artisan_handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "artisan handle: lower-case words joined by hyphens"),
    technique: z.string().min(1).max(120),
    material: z.string().min(1).max(200),
    care_key: z.enum(CARE_KEYS),
    /** A single piece: stock 1, never backordered, listed as sold once bought. */
    one_of_a_kind: z.boolean().default(false),
    /** Made after the order; ships after `lead_time_days`. */
    made_to_order: z.boolean().default(false),
    lead_time_days: z.number().int().min(1).max(365).optional(),
    packaging: z.enum(PACKAGING).default("standard"),
    /** The box carries the maker's signature and seal (provenance). */
    signed_box: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.made_to_order && value.lead_time_days === undefined) {
      ctx.addIssue({ code: "custom", path: ["lead_time_days"], message: "a made-to-order piece needs a lead time in days" })
    }
    if (!value.made_to_order && value.lead_time_days !== undefined) {
      ctx.addIssue({ code: "custom", path: ["lead_time_days"], message: "a lead time applies to made-to-order pieces only" })
    }
    if (value.one_of_a_kind && value.made_to_order) {
      ctx.addIssue({ code: "custom", path: ["made_to_order"], message: "a one-of-a-kind piece already exists; it cannot be made to order" })
    }
  })

export type CraftAttributes = z.infer<typeof craftAttributesSchema>

/** Validates the craft attributes inside a product's metadata (other metadata keys are kept). */
export function parseCraftAttributes(metadata: unknown): CraftAttributes {
  return craftAttributesSchema.parse(metadata)
}
