import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { regions } from "./data/markets"
import { z } from "@medusajs/framework/zod"
import { idsBy, queryRows } from "./query"

const setRow = z.object({
  id: z.string(),
  name: z.string(),
  service_zones: z.array(z.object({ id: z.string(), name: z.string() })),
})
import type { SeededRegions } from "./regions"

const PROFILE_NAME = "Crafts (fragile)"
const SET_NAME = "Kanazawa workshop shipping"
const ZONE_JAPAN = "Japan"
const ZONE_INTERNATIONAL = "International"

const storeRules = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

export async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const existing = await idsBy(container, "shipping_profile", "name", [PROFILE_NAME])
  const found = existing.get(PROFILE_NAME)
  if (found) return found
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: PROFILE_NAME, type: "default" }] },
  })
  return result[0]!.id
}

/** A fulfillment set at the workshop with a Japan zone and an international zone, and their options. */
export async function ensureShipping(
  container: MedusaContainer,
  seededRegions: SeededRegions,
  workshopId: string,
  profileId: string
) {
  const sets = await queryRows(container, setRow, {
    entity: "fulfillment_set",
    fields: ["id", "name", "service_zones.id", "service_zones.name"],
    filters: { name: SET_NAME },
  })
  let set = sets[0]
  if (!set) {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const international = regions.filter((r) => r.name !== "Japan").flatMap((r) => r.countries)
    const created = await fulfillment.createFulfillmentSets({
      name: SET_NAME,
      type: "shipping",
      service_zones: [
        { name: ZONE_JAPAN, geo_zones: [{ type: "country", country_code: "jp" }] },
        {
          name: ZONE_INTERNATIONAL,
          geo_zones: international.map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: workshopId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: created.id },
    })
    set = setRow.parse(created)
  }
  const zoneId = (name: string) => {
    const zone = set!.service_zones.find((candidate) => candidate.name === name)
    if (!zone) throw new Error(`service zone ${name} is missing from ${SET_NAME}`)
    return zone.id
  }

  const japanRegion = seededRegions.get("Japan")!
  const options = [
    {
      name: "Standard delivery (fragile handling)",
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zoneId(ZONE_JAPAN),
      shipping_profile_id: profileId,
      type: {
        label: "Standard",
        description: "Packed by hand with fragile handling; 2–4 days within Japan.",
        code: "jp-standard",
      },
      prices: [{ region_id: japanRegion, amount: 1100 }, { currency_code: "jpy", amount: 1100 }],
      rules: storeRules,
    },
    {
      name: "International courier (EMS)",
      price_type: "flat" as const,
      provider_id: "manual_manual",
      service_zone_id: zoneId(ZONE_INTERNATIONAL),
      shipping_profile_id: profileId,
      type: {
        label: "International courier",
        description: "Tracked and insured; 4–10 days. Import duties may be payable on delivery.",
        code: "intl-courier",
      },
      prices: [
        { currency_code: "usd", amount: 45 },
        { currency_code: "eur", amount: 42 },
      ],
      rules: storeRules,
    },
  ]
  const existing = await idsBy(container, "shipping_option", "name", options.map((o) => o.name))
  const missing = options.filter((o) => !existing.has(o.name))
  if (missing.length) await createShippingOptionsWorkflow(container).run({ input: missing })
}
