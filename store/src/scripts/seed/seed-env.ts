import { z } from "@medusajs/framework/zod"

/** Inputs of the seed script only (the server itself never reads these). */
const schema = z.object({
  MEDUSA_ADMIN_EMAIL: z.string().email().optional(),
  MEDUSA_ADMIN_PASSWORD: z.string().min(12, "MEDUSA_ADMIN_PASSWORD needs at least 12 characters").optional(),
  SEED_OUTPUT_FILE: z.string().min(1).optional(),
})

export const seedEnv = schema.parse(process.env)
