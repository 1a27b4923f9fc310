import { z } from 'zod'

/**
 * Shapes of the Artisan API (contract in notes/brief.md, built in store/src/api/artisan). Every
 * response the portal reads is parsed with one of these; anything else is treated as a fault.
 */

/** Decimal amount as the API sends it: "18000", "120.00". */
const decimalString = z.string().regex(/^\d+(\.\d{1,2})?$/)

export const artisanSchema = z.object({
  id: z.string(),
  handle: z.string(),
  name_ja: z.string(),
  name_en: z.string(),
  email: z.string(),
  workshop: z.string().nullish(),
  status: z.string(),
})
export type Artisan = z.infer<typeof artisanSchema>

export const portalCurrencies = ['jpy', 'usd', 'eur'] as const
export type PortalCurrency = (typeof portalCurrencies)[number]

export const artisanProductSchema = z.object({
  id: z.string(),
  handle: z.string(),
  status: z.enum(['published', 'draft']),
  title_en: z.string(),
  title_ja: z.string().nullish().transform((value) => value ?? ''),
  description_en: z.string().nullish().transform((value) => value ?? ''),
  description_ja: z.string().nullish().transform((value) => value ?? ''),
  thumbnail: z.string().nullish().transform((value) => value ?? null),
  images: z.array(z.object({ id: z.string(), url: z.string() })),
  prices: z.array(z.object({ currency_code: z.enum(portalCurrencies), amount: decimalString })),
  stock: z.number().int(),
  sold_out: z.boolean(),
  one_of_a_kind: z.boolean(),
  made_to_order: z.boolean(),
  lead_time_days: z.number().int().nullish().transform((value) => value ?? null),
  care_key: z.string().nullish().transform((value) => value ?? null),
  variant_id: z.string(),
})
export type ArtisanProduct = z.infer<typeof artisanProductSchema>

export const artisanOrderSchema = z.object({
  id: z.string(),
  display_id: z.union([z.number(), z.string()]).transform(String),
  created_at: z.string(),
  email: z.string().nullish().transform((value) => value ?? ''),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      quantity: z.number(),
      thumbnail: z.string().nullish().transform((value) => value ?? null),
      product_id: z.string().nullish().transform((value) => value ?? null),
    }),
  ),
  shipped: z.boolean(),
  carrier: z.string().nullish().transform((value) => value ?? null),
  tracking_number: z.string().nullish().transform((value) => value ?? null),
})
export type ArtisanOrder = z.infer<typeof artisanOrderSchema>

export const meResponseSchema = z.object({ artisan: artisanSchema })
export const productListResponseSchema = z.object({ products: z.array(artisanProductSchema) })
export const productResponseSchema = z.object({ product: artisanProductSchema })
export const orderListResponseSchema = z.object({ orders: z.array(artisanOrderSchema) })
export const orderResponseSchema = z.object({ order: artisanOrderSchema })
export const uploadResponseSchema = z.object({ files: z.array(z.object({ url: z.string() })) })
export const tokenResponseSchema = z.object({ token: z.string().min(1) })

/** 400 body of the Artisan API: `{message, errors:[{field,message}]}` (errors may be absent). */
export const apiErrorSchema = z.object({
  message: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})
export type ApiFieldError = { field: string; message: string }

/** Body of `POST /artisan/products/:id` (partial update, contract field names). */
export type ProductUpdate = {
  title_en?: string
  title_ja?: string
  description_en?: string
  description_ja?: string
  prices?: { jpy: string; usd?: string | null; eur?: string | null }
  stock?: number
  lead_time_days?: number | null
  care_key?: string
  status?: 'published' | 'draft'
  image_urls?: string[]
}
