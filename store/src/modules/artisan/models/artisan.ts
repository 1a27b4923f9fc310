import { model } from "@medusajs/framework/utils"

export const ARTISAN_STATUSES = ["active", "invited", "suspended"] as const
export type ArtisanStatus = (typeof ARTISAN_STATUSES)[number]

/**
 * A maker's account in the shop. The public profile (portrait, biography) lives in the CMS under
 * the same `handle`; this record holds what commerce needs: who may edit which products.
 */
export const Artisan = model.define("artisan", {
  id: model.id({ prefix: "art" }).primaryKey(),
  handle: model.text().unique(),
  name_ja: model.text(),
  name_en: model.text(),
  email: model.text().unique(),
  workshop: model.text().nullable(),
  status: model.enum([...ARTISAN_STATUSES]).default("invited"),
  /** sha256 of the secret part of the pending invitation; the token itself is never stored. */
  invite_token_hash: model.text().nullable(),
  invite_expires_at: model.dateTime().nullable(),
})
