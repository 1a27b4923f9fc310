import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { publishableKeyTitle } from "./data/markets"
import { linkedIds, queryRows } from "./query"

const keyRow = z.object({
  id: z.string(),
  token: z.string(),
  revoked_at: z.union([z.string(), z.date()]).nullish(),
  sales_channels: linkedIds,
})

/** The storefront's publishable key, scoped to the Web sales channel. Returns its token. */
export async function ensurePublishableKey(container: MedusaContainer, webChannelId: string) {
  const keys = await queryRows(container, keyRow, {
    entity: "api_key",
    fields: ["id", "token", "revoked_at", "sales_channels.id"],
    filters: { title: publishableKeyTitle, type: "publishable" },
  })
  let key = keys.find((k) => !k.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: publishableKeyTitle, type: "publishable", created_by: "seed" }] },
    })
    const created = result[0]!
    key = { id: created.id, token: created.token, revoked_at: null, sales_channels: [] }
  }
  if (!key.sales_channels.includes(webChannelId)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [webChannelId] },
    })
  }
  return key.token
}
