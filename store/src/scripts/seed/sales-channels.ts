import type { MedusaContainer } from "@medusajs/framework/types"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { salesChannels } from "./data/markets"
import { idsBy } from "./query"

export type SeededSalesChannels = { web: string; gallery: string }

export async function ensureSalesChannels(container: MedusaContainer): Promise<SeededSalesChannels> {
  const wanted = Object.values(salesChannels)
  const existing = await idsBy(container, "sales_channel", "name", wanted.map((c) => c.name))
  const missing = wanted.filter((c) => !existing.has(c.name))
  if (missing.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: missing.map((c) => ({ ...c })) },
    })
    for (const channel of result) existing.set(channel.name, channel.id)
  }
  return {
    web: existing.get(salesChannels.web.name)!,
    gallery: existing.get(salesChannels.gallery.name)!,
  }
}
