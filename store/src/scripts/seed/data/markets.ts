/** Regions of the shop. Country codes are ISO 3166-1 alpha-2, lower case, as Medusa stores them. */
export type RegionSeed = {
  name: string
  currency_code: "jpy" | "usd" | "eur"
  countries: string[]
  /** Displayed prices include tax (Japan's consumption tax is always shown included). */
  is_tax_inclusive: boolean
  tax: { rate: number; code: string; name: string } | null
  /** What the storefront tells shoppers about tax and duties, in both languages (`region.metadata.tax_notice`). */
  tax_notice: { ja: string; en: string }
}

export const regions: RegionSeed[] = [
  {
    name: "Japan",
    currency_code: "jpy",
    countries: ["jp"],
    is_tax_inclusive: true,
    tax: { rate: 10, code: "JP-CT", name: "Consumption tax (消費税)" },
    tax_notice: {
      ja: "表示価格はすべて消費税（10%）込みです。",
      en: "All prices include Japanese consumption tax (10%).",
    },
  },
  {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    is_tax_inclusive: false,
    tax: null,
    tax_notice: {
      ja: "表示価格は税抜きです。輸入関税・消費税はお届けの際に配送業者へお支払いください。",
      en: "Prices exclude tax. Import duties and taxes are payable to the carrier on delivery.",
    },
  },
  {
    name: "Europe",
    currency_code: "eur",
    countries: ["gb", "de", "fr", "it", "es", "nl", "be", "at", "ie", "pt", "fi", "se", "dk", "lu"],
    is_tax_inclusive: true,
    tax: null,
    tax_notice: {
      ja: "ユーロ建ての価格です。輸入時の付加価値税（VAT）と関税は、お届けの国の規則に従い配送業者が徴収します。",
      en: "Prices in euros. Import VAT and any customs duties are collected by the carrier on delivery, according to your country's rules.",
    },
  },
  {
    name: "Rest of the world",
    currency_code: "usd",
    countries: ["au", "ca", "sg", "hk", "tw", "kr", "ch", "nz", "no"],
    is_tax_inclusive: false,
    tax: null,
    tax_notice: {
      ja: "米ドル建て・税抜きの価格です。輸入関税・税金がかかる場合は、お届けの際にお支払いください。",
      en: "Prices in US dollars, excluding tax. Import duties and taxes, where due, are payable on delivery.",
    },
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
