import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { ARTISAN_MODULE } from "../../modules/artisan"
import type ArtisanModuleService from "../../modules/artisan/service"
import { createArtisanWorkflow } from "../../workflows/artisans/create-artisan"

/** The nine demo makers, one per craft; handles shared with the CMS (their public profiles live there). */
export const demoArtisans = [
  { handle: "hoshino-aya", name_ja: "星野 彩", name_en: "Aya Hoshino", workshop: "Kutani ware studio, Utatsuyama, Kanazawa" },
  { handle: "takeda-ren", name_ja: "武田 蓮", name_en: "Ren Takeda", workshop: "Ohi ware kiln, Ohi-machi, Kanazawa" },
  { handle: "kimura-sho", name_ja: "木村 翔", name_en: "Sho Kimura", workshop: "Lacquer workshop, Kanazawa" },
  { handle: "fujita-haru", name_ja: "藤田 陽", name_en: "Haru Fujita", workshop: "Gold-leaf workshop, Higashiyama, Kanazawa" },
  { handle: "mori-yuki", name_ja: "森 雪", name_en: "Yuki Mori", workshop: "Kaga-yuzen dye studio by the Asano river" },
  { handle: "ishida-kaho", name_ja: "石田 果穂", name_en: "Kaho Ishida", workshop: "Kaga embroidery atelier, Kanazawa" },
  { handle: "nakamura-yui", name_ja: "中村 結", name_en: "Yui Nakamura", workshop: "Mizuhiki studio, Kanazawa" },
  { handle: "sakai-itsuki", name_ja: "酒井 樹", name_en: "Itsuki Sakai", workshop: "Kiri woodwork shop, Kanazawa" },
  { handle: "ueda-minori", name_ja: "上田 実", name_en: "Minori Ueda", workshop: "Futamata washi mill, Kanazawa" },
] as const

export const artisanEmail = (handle: string) => `${handle}@artisans.ginza-kanazawa.jp`

/** Demo password of every seeded artisan (the launcher generates it); without it no logins are made. */
const seedArtisanEnv = z
  .object({ SEED_ARTISAN_PASSWORD: z.string().min(12, "SEED_ARTISAN_PASSWORD needs at least 12 characters").optional() })
  .parse({ SEED_ARTISAN_PASSWORD: process.env.SEED_ARTISAN_PASSWORD || undefined })

const productRow = z.object({
  id: z.string(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  artisan: z.object({ id: z.string() }).nullish(),
})

/**
 * Creates the missing artisans, links every product to the maker named in `metadata.artisan_handle`
 * and, with SEED_ARTISAN_PASSWORD, gives each artisan an e-mail + password login. Idempotent.
 */
export async function ensureArtisans(container: MedusaContainer, password = seedArtisanEnv.SEED_ARTISAN_PASSWORD) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<ArtisanModuleService>(ARTISAN_MODULE)
  const existing = await service.listArtisans({ handle: demoArtisans.map((a) => a.handle) })
  const byHandle = new Map(existing.map((a) => [a.handle, a]))
  for (const artisan of demoArtisans) {
    if (byHandle.has(artisan.handle)) continue
    const { result } = await createArtisanWorkflow(container).run({
      input: { ...artisan, email: artisanEmail(artisan.handle), status: password ? "active" : "invited", invite: false },
    })
    byHandle.set(artisan.handle, result.artisan)
  }

  const linked = await linkProducts(container, new Map([...byHandle].map(([handle, a]) => [handle, a.id])))
  let logins = 0
  if (password) {
    for (const artisan of byHandle.values()) {
      if (await ensureLogin(container, artisan.id, artisan.email, password)) logins++
    }
    const missingActive = [...byHandle.values()].filter((a) => a.status === "invited")
    if (missingActive.length) {
      await service.updateArtisans(missingActive.map((a) => ({ id: a.id, status: "active" as const })))
    }
  }
  logger.info(`Artisans: ${byHandle.size} accounts, ${linked} new product links, ${logins} new logins`)
}

async function linkProducts(container: MedusaContainer, artisanIds: Map<string, string>): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "metadata", "artisan.id"] })
  const rows = z.array(productRow).parse(data)
  const links = rows.flatMap((row) => {
    const handle = row.metadata?.artisan_handle
    const artisanId = typeof handle === "string" ? artisanIds.get(handle) : undefined
    if (!artisanId || row.artisan?.id) return []
    return [{ [ARTISAN_MODULE]: { artisan_id: artisanId }, [Modules.PRODUCT]: { product_id: row.id } }]
  })
  if (links.length) await container.resolve(ContainerRegistrationKeys.LINK).create(links)
  return links.length
}

/** An emailpass identity for the artisan's e-mail carrying `artisan_id`; returns true when it created one. */
async function ensureLogin(container: MedusaContainer, artisanId: string, email: string, password: string) {
  const auth = container.resolve<IAuthModuleService>(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (provider) {
    const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id!)
    if (identity.app_metadata?.artisan_id !== artisanId) {
      await auth.updateAuthIdentities([{ id: identity.id, app_metadata: { ...identity.app_metadata, artisan_id: artisanId } }])
    }
    return false
  }
  const { success, authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  } as Parameters<IAuthModuleService["register"]>[1])
  if (!success || !authIdentity) throw new Error(`Could not create the login of ${email}: ${error ?? "unknown error"}`)
  await auth.updateAuthIdentities([{ id: authIdentity.id, app_metadata: { artisan_id: artisanId } }])
  return true
}
