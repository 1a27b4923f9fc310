import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { stockLocations } from "./data/markets"
import { z } from "@medusajs/framework/zod"
import { idsBy, linkedIds, queryRows } from "./query"
import type { SeededSalesChannels } from "./sales-channels"
import { WEIGHT_BAND_PROVIDER } from "./shipping"

export type SeededLocations = { workshop: string; gallery: string }

/**
 * The workshop in Kanazawa ships online orders; the Ginza gallery sells over the counter.
 * Both hold stock; each is linked to the sales channel that sells from it.
 */
export async function ensureStockLocations(
  container: MedusaContainer,
  channels: SeededSalesChannels
): Promise<SeededLocations> {
  const wanted = Object.values(stockLocations)
  const existing = await idsBy(container, "stock_location", "name", wanted.map((l) => l.name))
  const missing = wanted.filter((l) => !existing.has(l.name))
  if (missing.length) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: missing.map((l) => ({ name: l.name, address: { ...l.address } })) },
    })
    for (const location of result) existing.set(location.name, location.id)
  }
  const locations = {
    workshop: existing.get(stockLocations.workshop.name)!,
    gallery: existing.get(stockLocations.gallery.name)!,
  }
  await linkChannel(container, locations.workshop, channels.web)
  await linkChannel(container, locations.gallery, channels.gallery)
  await linkFulfillmentProviders(container, locations.workshop, ["manual_manual", WEIGHT_BAND_PROVIDER])
  return locations
}

async function linkChannel(container: MedusaContainer, locationId: string, channelId: string) {
  const [location] = await queryRows(container, z.object({ sales_channels: linkedIds }), {
    entity: "stock_location",
    fields: ["id", "sales_channels.id"],
    filters: { id: locationId },
  })
  if (location?.sales_channels.includes(channelId)) return
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: locationId, add: [channelId] },
  })
}

/** The workshop ships with Medusa's manual provider (domestic) and the weight-band courier (international). */
async function linkFulfillmentProviders(container: MedusaContainer, locationId: string, providerIds: string[]) {
  const [location] = await queryRows(container, z.object({ fulfillment_providers: linkedIds }), {
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: locationId },
  })
  const linked = new Set(location?.fulfillment_providers ?? [])
  const missing = providerIds.filter((id) => !linked.has(id))
  if (!missing.length) return
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create(
    missing.map((id) => ({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: id },
    }))
  )
}
