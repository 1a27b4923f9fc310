import type { MedusaContainer } from "@medusajs/framework/types"
import { createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { regions } from "./data/markets"
import { idsBy } from "./query"

export type SeededRegions = Map<string, string>

/** Regions by name, created when missing; a tax region per country. */
export async function ensureRegions(container: MedusaContainer): Promise<SeededRegions> {
  const existing = await idsBy(container, "region", "name", regions.map((r) => r.name))
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
        })),
      },
    })
    for (const region of result) existing.set(region.name, region.id)
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
