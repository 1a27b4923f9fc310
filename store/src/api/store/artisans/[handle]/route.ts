import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations, ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const artisanRow = z.object({
  id: z.string(),
  handle: z.string(),
  name_ja: z.string(),
  name_en: z.string(),
  workshop: z.string().nullable(),
  status: z.string(),
  products: z
    .array(
      z
        .object({
          id: z.string(),
          handle: z.string(),
          title: z.string(),
          subtitle: z.string().nullable(),
          thumbnail: z.string().nullable(),
          status: z.string(),
          metadata: z.record(z.string(), z.unknown()).nullable(),
        })
        .nullable()
    )
    .nullish(),
})

/**
 * GET /store/artisans/:handle — a maker and their published products (publishable key required,
 * like every store route; `?locale=` as on product routes). The e-mail and account data stay private.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "artisan",
    fields: [
      "id",
      "handle",
      "name_ja",
      "name_en",
      "workshop",
      "status",
      "products.id",
      "products.handle",
      "products.title",
      "products.subtitle",
      "products.thumbnail",
      "products.status",
      "products.metadata",
    ],
    filters: { handle: req.params.handle },
  })
  const [row] = z.array(artisanRow).parse(data)
  if (!row || row.status === "suspended") throw new MedusaError(MedusaError.Types.NOT_FOUND, "Artisan not found")
  const { status: _status, products, ...artisan } = row
  const published = (products ?? [])
    .flatMap((product) => (product && product.status === "published" ? [product] : []))
    .map(({ status: _s, ...product }) => product)
    .sort((a, b) => a.handle.localeCompare(b.handle))
  // `?locale=ja-JP` translates titles like Medusa's own product routes do.
  await applyTranslations({ localeCode: req.locale, objects: published, container: req.scope })
  res.json({ artisan, products: published })
}
