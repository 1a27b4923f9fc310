import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { repoRoot } from "../../scripts/stack/paths.ts"
import { stackInfo } from "../support/stack-info.ts"

/** Store and Artisan API calls the portal's browser tests use to set the scene and check results. */

const { medusaUrl, publishableKey } = stackInfo()

export const artisanEmail = (handle: string) => `${handle}@artisans.ginza-kanazawa.jp`

/** The seeded artisans' demo password: the launcher keeps it with the test stack's secrets. */
export function artisanPassword(): string {
  if (process.env.SEED_ARTISAN_PASSWORD) return process.env.SEED_ARTISAN_PASSWORD
  const file = join(repoRoot, ".data", "test-stack", "secrets.json")
  if (!existsSync(file)) throw new Error(`${file} is missing: the test stack did not start`)
  const secrets = z.object({ SEED_ARTISAN_PASSWORD: z.string().min(1) }).parse(JSON.parse(readFileSync(file, "utf8")))
  return secrets.SEED_ARTISAN_PASSWORD
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
    body: { email: artisanEmail(handle), password: artisanPassword() },
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
