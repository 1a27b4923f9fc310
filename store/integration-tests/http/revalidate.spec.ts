import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureArtisans } from "../../src/scripts/seed/artisans"
import { seedShop } from "../helpers/store-api"

jest.setTimeout(240 * 1000)

const PASSWORD = "kanazawa-demo-password-1"
const SECRET = "s".repeat(48)

type Captured = { authorization: string | undefined; tags: string[]; status: number }

/** A stand-in storefront: records every POST /api/revalidate and answers the next queued status. */
const captured: Captured[] = []
const statuses: number[] = []
let server: Server

async function body(req: IncomingMessage): Promise<string> {
  let text = ""
  for await (const chunk of req) text += chunk
  return text
}

// Runs before the Medusa app boots (the runner's own beforeAll comes later), so the server's env
// has STOREFRONT_URL pointing here.
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const text = await body(req)
    const status = statuses.shift() ?? 200
    if (req.method === "POST" && req.url === "/api/revalidate") {
      captured.push({ authorization: req.headers.authorization, tags: (JSON.parse(text) as { tags: string[] }).tags, status })
    }
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ revalidated: status === 200 }))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.STOREFRONT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = SECRET
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

async function until<T>(read: () => T | undefined, timeoutMs = 15000): Promise<T> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const value = read()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("the storefront was not called in time")
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let aya = { headers: { authorization: "" } }
    let product = { id: "", handle: "" }

    beforeAll(async () => {
      await seedShop(getContainer())
      await ensureArtisans(getContainer(), PASSWORD)
      const { data } = await api.post("/auth/artisan/emailpass", { email: "hoshino-aya@artisans.ginza-kanazawa.jp", password: PASSWORD })
      aya = { headers: { authorization: `Bearer ${data.token}` } }
      product = (await api.get("/artisan/products", aya)).data.products.find((p: { one_of_a_kind: boolean }) => !p.one_of_a_kind)
      // Let the seed's own revalidations settle before measuring.
      await new Promise((resolve) => setTimeout(resolve, 1500))
    })

    it("posts the product's, the artisan's and the catalog's tags with the shared secret after a stock change", async () => {
      captured.length = 0
      await api.post(`/artisan/products/${product.id}`, { stock: 4 }, aya)
      const call = await until(() => captured.find((c) => c.tags.includes(`product:${product.handle}`)))
      expect(call.authorization).toBe(`Bearer ${SECRET}`)
      expect(call.tags).toEqual(expect.arrayContaining([`product:${product.handle}`, "artisan:hoshino-aya", "catalog"]))
    })

    it("revalidates after a price change and after a title change", async () => {
      captured.length = 0
      await api.post(`/artisan/products/${product.id}`, { prices: { jpy: "20000" } }, aya)
      await until(() => captured.find((c) => c.tags.includes(`product:${product.handle}`)))
      captured.length = 0
      await api.post(`/artisan/products/${product.id}`, { title_en: "Renamed for the cache test" }, aya)
      await until(() => captured.find((c) => c.tags.includes(`product:${product.handle}`)))
    })

    it("retries when the storefront answers 500, and the write itself succeeds", async () => {
      captured.length = 0
      statuses.push(500)
      const { status, data } = await api.post(`/artisan/products/${product.id}`, { stock: 2 }, aya)
      expect(status).toBe(200)
      expect(data.product.stock).toBe(2)
      const retried = await until(() => (captured.filter((c) => c.tags.includes(`product:${product.handle}`)).length >= 2 ? captured : undefined))
      const mine = retried.filter((c) => c.tags.includes(`product:${product.handle}`))
      expect(mine[0]!.status).toBe(500)
      expect(mine[1]!.status).toBe(200)
      expect(mine[1]!.tags).toEqual(mine[0]!.tags)
    })

    it("does not retry a refused secret (401) and never fails the write", async () => {
      captured.length = 0
      statuses.push(401)
      const { status } = await api.post(`/artisan/products/${product.id}`, { stock: 3 }, aya)
      expect(status).toBe(200)
      await until(() => captured[0])
      await new Promise((resolve) => setTimeout(resolve, 1200))
      expect(captured.filter((c) => c.tags.includes(`product:${product.handle}`))).toHaveLength(1)
    })
  },
})
