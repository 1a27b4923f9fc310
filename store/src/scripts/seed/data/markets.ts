/** Regions of the shop. Country codes are ISO 3166-1 alpha-2, lower case, as Medusa stores them. */
export type RegionSeed = {
  name: string
  currency_code: "jpy" | "usd" | "eur"
  countries: string[]
  /** Displayed prices include tax (Japan's consumption tax is always shown included). */
  is_tax_inclusive: boolean
  tax: { rate: number; code: string; name: string } | null
}

export const regions: RegionSeed[] = [
  {
    name: "Japan",
    currency_code: "jpy",
    countries: ["jp"],
    is_tax_inclusive: true,
    tax: { rate: 10, code: "JP-CT", name: "Consumption tax (消費税)" },
  },
  {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    is_tax_inclusive: false,
    tax: null,
  },
  {
    name: "Europe",
    currency_code: "eur",
    countries: ["gb", "de", "fr", "it", "es", "nl", "be", "at", "ie", "pt", "fi", "se", "dk"],
    is_tax_inclusive: true,
    tax: null,
  },
]

export const salesChannels = {
  web: { name: "Web", description: "Online shop: ginza-kanazawa storefront" },
  gallery: { name: "Ginza gallery", description: "Counter sales at Ginza no Kanazawa, Tokyo" },
} as const

export const stockLocations = {
  workshop: {
    name: "Kanazawa workshop",
    address: {
      address_1: "Higashiyama 1-chome",
      city: "Kanazawa",
      province: "Ishikawa",
      postal_code: "920-0831",
      country_code: "JP",
    },
  },
  gallery: {
    name: "Ginza no Kanazawa",
    address: {
      address_1: "Ginza 2-chome",
      city: "Chuo-ku, Tokyo",
      province: "Tokyo",
      postal_code: "104-0061",
      country_code: "JP",
    },
  },
} as const

export const publishableKeyTitle = "Web storefront"
