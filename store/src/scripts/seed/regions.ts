import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { regions, type RegionSeed } from "./data/markets"
import { idsBy, queryRows } from "./query"

export type SeededRegions = Map<string, string>

const regionRow = z.object({
  id: z.string(),
  name: z.string(),
  metadata: z.record(z.string(), z.unknown()).nullable(),
  countries: z.array(z.object({ iso_2: z.string() }).nullable()).nullish(),
})

const metadataOf = (r: RegionSeed) => ({ tax_notice: r.tax_notice })

/**
 * Regions by name, created when missing; regions seeded earlier get the countries and tax notice
 * they lack (never losing a country). A tax region per country.
 */
export async function ensureRegions(container: MedusaContainer): Promise<SeededRegions> {
  const rows = await queryRows(container, regionRow, {
    entity: "region",
    fields: ["id", "name", "metadata", "countries.iso_2"],
    filters: { name: regions.map((r) => r.name) },
  })
  const existing: SeededRegions = new Map(rows.map((row) => [row.name, row.id]))
  const missing = regions.filter((r) => !existing.has(r.name))
  if (missing.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          is_tax_inclusive: r.is_tax_inclusive,
          automatic_taxes: true,
          payment_providers: ["pp_system_default"],
          metadata: metadataOf(r),
        })),
      },
    })
    for (const region of result) existing.set(region.name, region.id)
  }
  for (const row of rows) {
    const seed = regions.find((r) => r.name === row.name)!
    const has = new Set((row.countries ?? []).flatMap((c) => (c ? [c.iso_2] : [])))
    const lacksCountry = seed.countries.some((c) => !has.has(c))
    const lacksNotice = JSON.stringify(row.metadata?.tax_notice) !== JSON.stringify(seed.tax_notice)
    if (!lacksCountry && !lacksNotice) continue
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: row.id },
        update: {
          ...(lacksCountry ? { countries: [...new Set([...has, ...seed.countries])] } : {}),
          metadata: { ...(row.metadata ?? {}), ...metadataOf(seed) },
        },
      },
    })
  }
  await ensureTaxRegions(container)
  return existing
}

async function ensureTaxRegions(container: MedusaContainer) {
  const countries = regions.flatMap((r) => r.countries.map((country) => ({ country, tax: r.tax })))
  const existing = await idsBy(container, "tax_region", "country_code", countries.map((c) => c.country))
  const missing = countries.filter((c) => !existing.has(c.country))
  if (!missing.length) return
  await createTaxRegionsWorkflow(container).run({
    input: missing.map(({ country, tax }) => ({
      country_code: country,
      provider_id: "tp_system",
      ...(tax ? { default_tax_rate: { rate: tax.rate, code: tax.code, name: tax.name } } : {}),
    })),
  })
}
