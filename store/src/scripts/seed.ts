import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureAdminUser } from "./seed/admin-user"
import { ensureArtisans } from "./seed/artisans"
import { ensureCatalog } from "./seed/catalog"
import { ensurePublishableKey } from "./seed/publishable-key"
import { ensureRegions } from "./seed/regions"
import { ensureSalesChannels } from "./seed/sales-channels"
import { seedEnv } from "./seed/seed-env"
import { ensureShipping, ensureShippingProfile } from "./seed/shipping"
import { ensureStockLocations } from "./seed/stock-locations"
import { ensureStoreSettings } from "./seed/store-settings"

/**
 * Demo data of Ginza no Kanazawa. Idempotent: every step looks for what it would create
 * and adds only what is missing, so a second run changes nothing.
 *   medusa exec ./src/scripts/seed.ts
 */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const channels = await ensureSalesChannels(container)
  await ensureStoreSettings(container, channels.web)
  const regions = await ensureRegions(container)
  const locations = await ensureStockLocations(container, channels)
  const profileId = await ensureShippingProfile(container)
  await ensureShipping(container, regions, locations.workshop, profileId)
  const publishableKey = await ensurePublishableKey(container, channels.web)
  const catalog = await ensureCatalog(container, {
    webChannelId: channels.web,
    galleryChannelId: channels.gallery,
    workshopLocationId: locations.workshop,
    shippingProfileId: profileId,
  })
  await ensureArtisans(container)
  if (seedEnv.MEDUSA_ADMIN_EMAIL && seedEnv.MEDUSA_ADMIN_PASSWORD) {
    await ensureAdminUser(container, seedEnv.MEDUSA_ADMIN_EMAIL, seedEnv.MEDUSA_ADMIN_PASSWORD)
  }
  if (seedEnv.SEED_OUTPUT_FILE) {
    const output = { publishableKey, regions: Object.fromEntries(regions), salesChannels: channels }
    writeFileSync(seedEnv.SEED_OUTPUT_FILE, JSON.stringify(output, null, 2) + "\n", { mode: 0o600 })
  }
  logger.info(`Seed done: ${catalog.created} new products`)
}
