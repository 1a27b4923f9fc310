import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateArtisanProductWorkflow } from "../../../../workflows/artisans/update-artisan-product"
import { artisanProductIds, loadArtisanProducts, productRows } from "../../lib/artisan-products"
import { currentArtisan } from "../../lib/current-artisan"
import { resolveProductUpdate, updateArtisanProductBody } from "../../lib/product-update"
import { invalid, parseBody } from "../../lib/validation"

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "Product not found")

/** GET /artisan/products/:id — one of the artisan's products; another artisan's answers 404 like a missing one. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisan = await currentArtisan(req)
  const [product] = await loadArtisanProducts(req.scope, artisan.id, req.params.id)
  if (!product) throw notFound()
  res.json({ product })
}

/** POST /artisan/products/:id — partial update, all in one workflow (nothing saved half-way). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisan = await currentArtisan(req)
  const id = req.params.id
  if (!id || !(await artisanProductIds(req.scope, artisan.id)).includes(id)) throw notFound()
  const body = parseBody(updateArtisanProductBody, req.body, res)
  if (!body) return
  const [row] = await productRows(req.scope, [id])
  if (!row) throw notFound()
  const resolved = await resolveProductUpdate(req.scope, row, body)
  if ("errors" in resolved) return invalid(res, resolved.errors)
  await updateArtisanProductWorkflow(req.scope).run({ input: resolved.input })
  const [product] = await loadArtisanProducts(req.scope, artisan.id, id)
  res.json({ product })
}
