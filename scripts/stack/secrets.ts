import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { z } from "zod"

/**
 * Secrets of the local embedded setup. Generated once per data folder (random, never a fixed default),
 * kept in `.data/secrets.json` (mode 0600) and handed to the servers through their environment.
 * A value already present in the environment always wins.
 */
const secretsSchema = z.object({
  JWT_SECRET: z.string().min(32),
  COOKIE_SECRET: z.string().min(32),
  PAYLOAD_SECRET: z.string().min(32),
  REVALIDATE_SECRET: z.string().min(32),
  MEDUSA_ADMIN_EMAIL: z.string().email(),
  MEDUSA_ADMIN_PASSWORD: z.string().min(12),
  PAYLOAD_ADMIN_EMAIL: z.string().email(),
  PAYLOAD_ADMIN_PASSWORD: z.string().min(12),
  /** Demo password of the nine seeded artisans (portal logins `<handle>@artisans.ginza-kanazawa.jp`). */
  SEED_ARTISAN_PASSWORD: z.string().min(12),
})
export type StackSecrets = z.infer<typeof secretsSchema>

const randomSecret = () => randomBytes(32).toString("hex")
/** Readable yet strong: 18 characters from a 56-character alphabet without look-alikes. */
function randomPassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  const bytes = randomBytes(18)
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("")
}

export function loadOrCreateSecrets(file: string, environment: NodeJS.ProcessEnv): StackSecrets {
  let stored: Partial<StackSecrets> = {}
  if (existsSync(file)) {
    stored = secretsSchema.partial().parse(JSON.parse(readFileSync(file, "utf8")))
  }
  const generated: StackSecrets = {
    JWT_SECRET: stored.JWT_SECRET ?? randomSecret(),
    COOKIE_SECRET: stored.COOKIE_SECRET ?? randomSecret(),
    PAYLOAD_SECRET: stored.PAYLOAD_SECRET ?? randomSecret(),
    REVALIDATE_SECRET: stored.REVALIDATE_SECRET ?? randomSecret(),
    MEDUSA_ADMIN_EMAIL: stored.MEDUSA_ADMIN_EMAIL ?? "admin@ginza-kanazawa.local",
    MEDUSA_ADMIN_PASSWORD: stored.MEDUSA_ADMIN_PASSWORD ?? randomPassword(),
    PAYLOAD_ADMIN_EMAIL: stored.PAYLOAD_ADMIN_EMAIL ?? "editor@ginza-kanazawa.local",
    PAYLOAD_ADMIN_PASSWORD: stored.PAYLOAD_ADMIN_PASSWORD ?? randomPassword(),
    SEED_ARTISAN_PASSWORD: stored.SEED_ARTISAN_PASSWORD ?? randomPassword(),
  }
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(generated, null, 2) + "\n", { mode: 0o600 })

  const fromEnvironment = secretsSchema.partial().parse(
    Object.fromEntries(Object.keys(generated).map((key) => [key, environment[key] || undefined]))
  )
  return { ...generated, ...stripUndefined(fromEnvironment) }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
