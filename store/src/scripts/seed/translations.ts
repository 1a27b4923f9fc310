import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"

export const JAPANESE = "ja-JP"

/** One record's Japanese texts, keyed by the field they translate (`title`, `name`, `value`, ...). */
export type TranslationSeed = {
  reference: "product" | "product_variant" | "product_option" | "product_option_value" | "product_collection" | "product_category"
  reference_id: string
  translations: Record<string, string>
}

export function translationsEnabled(): boolean {
  return FeatureFlag.isFeatureEnabled("translation")
}

/**
 * Writes the Japanese translations through Medusa's Translation Module (feature flag `translation`),
 * skipping records that already have one, so a second run adds nothing. Store routes then answer
 * `?locale=ja-JP` with these texts; English stays the base language of the records.
 */
export async function ensureTranslations(container: MedusaContainer, wanted: TranslationSeed[]): Promise<number> {
  if (!translationsEnabled() || !wanted.length) return 0
  const service = container.resolve<ITranslationModuleService>(Modules.TRANSLATION)
  const existing = await service.listTranslations(
    { reference_id: wanted.map((t) => t.reference_id), locale_code: JAPANESE },
    { select: ["reference_id"], take: null }
  )
  const done = new Set(existing.map((t) => t.reference_id))
  const missing = wanted.filter((t) => !done.has(t.reference_id))
  if (!missing.length) return 0
  await createTranslationsWorkflow(container).run({
    input: { translations: missing.map((t) => ({ ...t, locale_code: JAPANESE })) },
  })
  return missing.length
}
