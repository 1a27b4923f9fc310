import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { JAPANESE, translationsEnabled } from "./translations"

/** Shop name, currencies (JPY first, tax-inclusive where shoppers expect it) and the default sales channel. Safe to repeat. */
export async function ensureStoreSettings(container: MedusaContainer, webChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  const store = stores[0]
  if (!store) throw new Error("Medusa has no store record; run the migrations first")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Ginza no Kanazawa",
        default_sales_channel_id: webChannelId,
        // Shelf prices in yen and euros include tax (consumption tax, VAT); US prices never do.
        supported_currencies: [
          { currency_code: "jpy", is_default: true, is_tax_inclusive: true },
          { currency_code: "usd", is_tax_inclusive: false },
          { currency_code: "eur", is_tax_inclusive: true },
        ],
        // Languages of the shop (GET /store/locales); English is the base language of product texts.
        ...(translationsEnabled()
          ? { supported_locales: [{ locale_code: "en-US" }, { locale_code: JAPANESE }] }
          : {}),
      },
    },
  })
}
