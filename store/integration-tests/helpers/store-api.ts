import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../../src/scripts/seed"

/** Runs the real seed script against the test database and returns the storefront's key. */
export async function seedShop(container: MedusaContainer): Promise<string> {
  await seed({ container, args: [] })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "api_key",
    fields: ["token"],
    filters: { title: "Web storefront", type: "publishable" },
  })
  const token = (data[0] as { token?: string } | undefined)?.token
  if (!token) throw new Error("the seed created no publishable key")
  return token
}

export const storeHeaders = (publishableKey: string) => ({
  headers: { "x-publishable-api-key": publishableKey },
})

export const japaneseAddress = {
  first_name: "Hanako",
  last_name: "Sato",
  address_1: "1-1-1 Hirosaka",
  city: "Kanazawa",
  province: "Ishikawa",
  postal_code: "920-0962",
  country_code: "jp",
  phone: "+81 76 000 0000",
}
