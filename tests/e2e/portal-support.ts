import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { repoRoot } from "../../scripts/stack/paths.ts"
import { stackInfo } from "../support/stack-info.ts"

/** Store and Artisan API calls the portal's browser tests use to set the scene and check results. */

const { medusaUrl, publishableKey } = stackInfo()

export const artisanEmail = (handle: string) => `${handle}@artisans.ginza-kanazawa.jp`

const secretsFile = join(repoRoot, ".data", "test-stack", "secrets.json")

function stackSecrets(): Record<string, unknown> {
  if (!existsSync(secretsFile)) throw new Error(`${secretsFile} is missing: the test stack did not start`)
  return z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(secretsFile, "utf8")))
}

/** The seeded artisans' demo password (the launcher keeps it with the stack's secrets), if the seed set one. */
function seededArtisanPassword(): string | null {
  if (process.env.SEED_ARTISAN_PASSWORD) return process.env.SEED_ARTISAN_PASSWORD
  const value = stackSecrets().SEED_ARTISAN_PASSWORD
  return typeof value === "string" && value.length > 0 ? value : null
}

export async function adminToken(): Promise<string> {
  const secrets = z
    .object({ MEDUSA_ADMIN_EMAIL: z.string(), MEDUSA_ADMIN_PASSWORD: z.string() })
    .parse(stackSecrets())
  const json = await medusa("/auth/user/emailpass", {
    method: "POST",
    body: { email: secrets.MEDUSA_ADMIN_EMAIL, password: secrets.MEDUSA_ADMIN_PASSWORD },
  })
  return z.object({ token: z.string() }).parse(json).token
}

/** Staff invite an artisan (new invitation token) — as the shop's admin does. */
export async function inviteArtisan(handle: string): Promise<string> {
  const token = await adminToken()
  const { artisans } = z
    .object({ artisans: z.array(z.object({ id: z.string(), handle: z.string() })) })
    .parse(await medusa("/admin/artisans", { token }))
  const artisan = artisans.find((a) => a.handle === handle)
  if (!artisan) throw new Error(`no artisan ${handle}`)
  const json = await medusa(`/admin/artisans/${artisan.id}/invite`, { method: "POST", token })
  return z.object({ invite: z.object({ token: z.string() }) }).parse(json).invite.token
}

const passwords = new Map<string, string>()

/**
 * The password of a seeded artisan: the demo password when the seed gave them one, otherwise one set
 * here through a fresh invitation (staff invite, the artisan accepts).
 */
export async function artisanPassword(handle: string): Promise<string> {
  const seeded = seededArtisanPassword()
  if (seeded) return seeded
  const known = passwords.get(handle)
  if (known) return known
  const password = `portal-${handle}-${Date.now()}`
  await medusa("/artisan/invites/accept", { method: "POST", body: { token: await inviteArtisan(handle), password } })
  passwords.set(handle, password)
  return password
}

type CallOptions = { method?: "GET" | "POST"; body?: unknown; token?: string; store?: boolean }

export async function medusa(path: string, { method = "GET", body, token, store }: CallOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (body !== undefined) headers["content-type"] = "application/json"
  if (token) headers.authorization = `Bearer ${token}`
  if (store) headers["x-publishable-api-key"] = publishableKey
  const response = await fetch(`${medusaUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(json)}`)
  return json
}

const tokenSchema = z.object({ token: z.string() })

export async function artisanToken(handle: string): Promise<string> {
  const json = await medusa("/auth/artisan/emailpass", {
    method: "POST",
    body: { email: artisanEmail(handle), password: await artisanPassword(handle) },
  })
  return tokenSchema.parse(json).token
}

const productsSchema = z.object({
  products: z.array(
    z.object({
      id: z.string(),
      handle: z.string(),
      stock: z.number(),
      title_en: z.string(),
      variant_id: z.string(),
      images: z.array(z.object({ url: z.string() })),
    })
  ),
})
export type PortalProduct = z.infer<typeof productsSchema>["products"][number]

export async function artisanProduct(token: string, handle: string): Promise<PortalProduct> {
  const { products } = productsSchema.parse(await medusa("/artisan/products", { token }))
  const product = products.find((p) => p.handle === handle)
  if (!product) throw new Error(`the artisan has no product ${handle}`)
  return product
}

export async function setArtisanProduct(token: string, id: string, update: Record<string, unknown>): Promise<void> {
  await medusa(`/artisan/products/${id}`, { method: "POST", token, body: update })
}

/** A registered shopper, signed in: the Store API's customer token. */
export async function registerShopper(): Promise<{ email: string; password: string; token: string }> {
  const email = `shopper-${Date.now()}@example.jp`
  const password = "shopper-password-2026"
  const registration = tokenSchema.parse(
    await medusa("/auth/customer/emailpass/register", { method: "POST", body: { email, password } })
  )
  await medusa("/store/customers", {
    method: "POST",
    token: registration.token,
    store: true,
    body: { email, first_name: "Hanako", last_name: "Sato" },
  })
  const login = tokenSchema.parse(await medusa("/auth/customer/emailpass", { method: "POST", body: { email, password } }))
  return { email, password, token: login.token }
}

const address = {
  first_name: "Hanako",
  last_name: "Sato",
  address_1: "1-1-1 Hirosaka",
  city: "Kanazawa",
  province: "Ishikawa",
  postal_code: "920-0962",
  country_code: "jp",
  phone: "+81 76 000 0000",
}

/** The shopper buys one unit of a variant in Japan (system payment provider): the order's id. */
export async function placeOrder(shopperToken: string, email: string, variantId: string): Promise<string> {
  const call = (path: string, body?: unknown) =>
    medusa(path, { method: body === undefined ? "GET" : "POST", body, token: shopperToken, store: true })
  const { regions } = z
    .object({ regions: z.array(z.object({ id: z.string(), currency_code: z.string() })) })
    .parse(await call("/store/regions"))
  const japan = regions.find((r) => r.currency_code === "jpy")
  if (!japan) throw new Error("no JPY region")
  const { cart } = z.object({ cart: z.object({ id: z.string() }) }).parse(await call("/store/carts", { region_id: japan.id }))
  await call(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  await call(`/store/carts/${cart.id}`, { email, shipping_address: address, billing_address: address })
  const { shipping_options } = z
    .object({ shipping_options: z.array(z.object({ id: z.string() })) })
    .parse(await call(`/store/shipping-options?cart_id=${cart.id}`))
  const option = shipping_options[0]
  if (!option) throw new Error("no shipping option for Japan")
  await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id })
  const { payment_collection } = z
    .object({ payment_collection: z.object({ id: z.string() }) })
    .parse(await call("/store/payment-collections", { cart_id: cart.id }))
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = z
    .object({ type: z.literal("order"), order: z.object({ id: z.string() }) })
    .parse(await call(`/store/carts/${cart.id}/complete`, {}))
  return completed.order.id
}

/** Retries `check` until it passes or `timeoutMs` is over; then throws its last failure. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs: number, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  }
}
