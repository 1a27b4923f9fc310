import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  deleteShippingOptionsWorkflow,
  updateShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { regions } from "./data/markets"
import { idsBy, queryRows } from "./query"
import type { SeededRegions } from "./regions"

/** Our international courier, priced by weight band (src/modules/weight-band-fulfillment). */
export const WEIGHT_BAND_PROVIDER = "weight-band_courier"

/** Domestic delivery: ¥1,200, free from ¥30,000 of goods (tax included). */
export const DOMESTIC_FEE_JPY = 1200
export const FREE_SHIPPING_FROM_JPY = 30000

const PROFILE_NAME = "Crafts (fragile)"
const SET_NAME = "Kanazawa workshop shipping"
const ZONE_JAPAN = "Japan"
const ZONE_INTERNATIONAL = "International"
const DOMESTIC_NAME = "Standard delivery (fragile handling)"
const INTERNATIONAL_NAME = "International courier (EMS)"

const setRow = z.object({
  id: z.string(),
  name: z.string(),
  service_zones: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      geo_zones: z.array(z.object({ country_code: z.string() })).nullish(),
    })
  ),
})

const optionRow = z.object({
  id: z.string(),
  name: z.string(),
  price_type: z.string(),
  provider_id: z.string().nullable(),
  prices: z
    .array(
      z.object({
        amount: z.coerce.number(),
        price_rules: z.array(z.object({ attribute: z.string() })).nullish(),
      })
    )
    .nullish(),
})

/** Whether an option seeded earlier already has today's domestic prices (fee, and the free-from rule). */
function hasDomesticPrices(option: z.infer<typeof optionRow>): boolean {
  const prices = option.prices ?? []
  const fee = prices.some((p) => p.amount === DOMESTIC_FEE_JPY && !(p.price_rules ?? []).length)
  const free = prices.some((p) => p.amount === 0 && (p.price_rules ?? []).some((r) => r.attribute === "item_total"))
  return fee && free
}

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

const internationalCountries = () => regions.filter((r) => r.name !== "Japan").flatMap((r) => r.countries)

/** The workshop's fulfillment set: a Japan zone and an international zone covering every other region's countries. */
async function ensureFulfillmentSet(container: MedusaContainer, workshopId: string) {
  const fields = ["id", "name", "service_zones.id", "service_zones.name", "service_zones.geo_zones.country_code"]
  const [found] = await queryRows(container, setRow, { entity: "fulfillment_set", fields, filters: { name: SET_NAME } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  if (!found) {
    const created = await fulfillment.createFulfillmentSets({
      name: SET_NAME,
      type: "shipping",
      service_zones: [
        { name: ZONE_JAPAN, geo_zones: [{ type: "country", country_code: "jp" }] },
        {
          name: ZONE_INTERNATIONAL,
          geo_zones: internationalCountries().map((country_code) => ({ type: "country" as const, country_code })),
        },
      ],
    })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: workshopId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: created.id },
    })
    return setRow.parse(created)
  }
  // Regions added since the set was created (e.g. Rest of the world) join the international zone.
  const zone = found.service_zones.find((z) => z.name === ZONE_INTERNATIONAL)
  if (zone) {
    const covered = new Set((zone.geo_zones ?? []).map((g) => g.country_code))
    const missing = internationalCountries().filter((c) => !covered.has(c))
    if (missing.length) {
      await fulfillment.createGeoZones(
        missing.map((country_code) => ({ service_zone_id: zone.id, type: "country" as const, country_code }))
      )
    }
  }
  return found
}

/**
 * Shipping from the Kanazawa workshop:
 * - domestic standard delivery with fragile handling, ¥1,200, and ¥0 when the goods come to
 *   ¥30,000 or more — a Medusa price rule on the cart's `item_total`, evaluated by the Pricing Module;
 * - an international courier whose price the weight-band provider calculates from the parcel's weight.
 */
export async function ensureShipping(
  container: MedusaContainer,
  _seededRegions: SeededRegions,
  workshopId: string,
  profileId: string
) {
  const set = await ensureFulfillmentSet(container, workshopId)
  const zoneId = (name: string) => {
    const zone = set.service_zones.find((candidate) => candidate.name === name)
    if (!zone) throw new Error(`service zone ${name} is missing from ${SET_NAME}`)
    return zone.id
  }

  const existing = await queryRows(container, optionRow, {
    entity: "shipping_option",
    fields: ["id", "name", "price_type", "provider_id", "prices.amount", "prices.price_rules.attribute"],
    filters: { name: [DOMESTIC_NAME, INTERNATIONAL_NAME] },
  })
  // Earlier seeds priced the courier flat; it is now calculated by weight, so the flat one goes.
  const outdated = existing.filter((o) => o.name === INTERNATIONAL_NAME && o.provider_id !== WEIGHT_BAND_PROVIDER)
  if (outdated.length) await deleteShippingOptionsWorkflow(container).run({ input: { ids: outdated.map((o) => o.id) } })
  const present = new Set(existing.filter((o) => !outdated.includes(o)).map((o) => o.name))

  const domestic = {
    name: DOMESTIC_NAME,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: zoneId(ZONE_JAPAN),
    shipping_profile_id: profileId,
    type: {
      label: "Standard",
      description: "Packed by hand with fragile handling; 2–4 days within Japan. Free from ¥30,000.",
      code: "jp-standard",
    },
    prices: [
      { currency_code: "jpy", amount: DOMESTIC_FEE_JPY },
      {
        currency_code: "jpy",
        amount: 0,
        rules: [{ attribute: "item_total", operator: "gte" as const, value: FREE_SHIPPING_FROM_JPY }],
      },
    ],
    rules: storeRules,
  }
  const international = {
    name: INTERNATIONAL_NAME,
    price_type: "calculated" as const,
    provider_id: WEIGHT_BAND_PROVIDER,
    service_zone_id: zoneId(ZONE_INTERNATIONAL),
    shipping_profile_id: profileId,
    data: { id: "international-courier" },
    type: {
      label: "International courier",
      description: "Tracked and insured; 4–10 days. Priced by parcel weight (up to 1, 3, 10 or 30 kg).",
      code: "intl-courier",
    },
    rules: storeRules,
  }
  const missing = [
    ...(present.has(DOMESTIC_NAME) ? [] : [domestic]),
    ...(present.has(INTERNATIONAL_NAME) ? [] : [international]),
  ]
  if (missing.length) await createShippingOptionsWorkflow(container).run({ input: missing })
  // An earlier seed charged a flat ¥1,100 with no free threshold: bring its prices up to date.
  const staleDomestic = existing.find((o) => o.name === DOMESTIC_NAME && !hasDomesticPrices(o))
  if (staleDomestic) {
    await updateShippingOptionsWorkflow(container).run({ input: [{ id: staleDomestic.id, prices: domestic.prices }] })
  }
}
