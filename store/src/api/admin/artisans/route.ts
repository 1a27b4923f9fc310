import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createArtisanWorkflow } from "../../../workflows/artisans/create-artisan"
import { artisanService, publicArtisan } from "../../artisan/lib/current-artisan"
import { invalid, parseBody } from "../../artisan/lib/validation"

const createBody = z
  .object({
    handle: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by hyphens, e.g. hoshino-aya").max(60),
    name_ja: z.string().trim().min(1, "must not be empty").max(100),
    name_en: z.string().trim().min(1, "must not be empty").max(100),
    email: z.string().trim().toLowerCase().email("an e-mail address"),
    workshop: z.string().trim().max(200).nullish(),
  })
  .strict()

/** GET /admin/artisans — every artisan account, for the admin widget. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const artisans = await artisanService(req).listArtisans({}, { order: { handle: "ASC" } })
  res.json({ artisans: artisans.map(publicArtisan) })
}

/** POST /admin/artisans — staff create an artisan and get (and e-mail) the invitation token. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = parseBody(createBody, req.body, res)
  if (!body) return
  const service = artisanService(req)
  const errors = []
  if ((await service.listArtisans({ handle: body.handle })).length) errors.push({ field: "handle", message: "is already taken" })
  if ((await service.listArtisans({ email: body.email })).length) errors.push({ field: "email", message: "already belongs to an artisan" })
  if (errors.length) return invalid(res, errors)
  const { result } = await createArtisanWorkflow(req.scope).run({
    input: { ...body, workshop: body.workshop ?? null, status: "invited", invite: true },
  })
  res.status(201).json({ artisan: publicArtisan(result.artisan), invite: { token: result.invite!.token } })
}
