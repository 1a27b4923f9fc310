import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { ensureArtisans } from "../../src/scripts/seed/artisans"
import { seedShop, storeHeaders } from "../helpers/store-api"

jest.setTimeout(240 * 1000)

const PASSWORD = "kanazawa-demo-password-1"
type Product = {
  id: string
  handle: string
  status: string
  title_en: string
  title_ja: string
  images: Array<{ id: string; url: string }>
  prices: Array<{ currency_code: string; amount: string }>
  stock: number
  sold_out: boolean
  one_of_a_kind: boolean
  made_to_order: boolean
  lead_time_days: number | null
  care_key: string | null
  variant_id: string
}
type HttpError = { response?: { status: number; data: { message?: string; errors?: Array<{ field: string; message: string }> } } }

/** The status and body of a failed request (axios throws on 4xx/5xx). */
async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (error) {
    const response = (error as HttpError).response
    if (response) return response
  }
  throw new Error("the request was expected to fail")
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    let aya = { headers: { authorization: "" } }
    let ren = { headers: { authorization: "" } }
    let ayaProducts: Product[] = []
    let renProducts: Product[] = []

    async function login(handle: string) {
      const { data } = await api.post("/auth/artisan/emailpass", {
        email: `${handle}@artisans.ginza-kanazawa.jp`,
        password: PASSWORD,
      })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    beforeAll(async () => {
      key = await seedShop(getContainer())
      await ensureArtisans(getContainer(), PASSWORD)
      aya = await login("hoshino-aya")
      ren = await login("takeda-ren")
      ayaProducts = (await api.get("/artisan/products", aya)).data.products
      renProducts = (await api.get("/artisan/products", ren)).data.products
    })

    describe("sign-in and account", () => {
      it("signs Aya in with her e-mail and shows her account", async () => {
        const { data } = await api.get("/artisan/me", aya)
        expect(data.artisan).toMatchObject({
          handle: "hoshino-aya",
          name_ja: "星野 彩",
          email: "hoshino-aya@artisans.ginza-kanazawa.jp",
          status: "active",
        })
      })

      it("refuses a wrong password, a missing token and a shopper's token", async () => {
        const wrong = await failure(
          api.post("/auth/artisan/emailpass", { email: "hoshino-aya@artisans.ginza-kanazawa.jp", password: "nope-nope-nope" })
        )
        expect(wrong.status).toBe(401)
        expect((await failure(api.get("/artisan/me"))).status).toBe(401)
        await api.post("/auth/customer/emailpass/register", { email: "shopper@example.jp", password: "shopper-password-1" })
        const { data } = await api.post("/auth/customer/emailpass", { email: "shopper@example.jp", password: "shopper-password-1" })
        const shopper = { headers: { authorization: `Bearer ${data.token}` } }
        expect((await failure(api.get("/artisan/me", shopper))).status).toBe(401)
        expect((await failure(api.get("/artisan/products", shopper))).status).toBe(401)
      })

      it("gives every one of the nine makers a login when the seed runs again, changing nothing else", async () => {
        await ensureArtisans(getContainer(), PASSWORD)
        for (const handle of ["kimura-sho", "ueda-minori"]) {
          const { data } = await api.get("/artisan/me", await login(handle))
          expect(data.artisan.handle).toBe(handle)
        }
        expect((await api.get("/artisan/products", aya)).data.products).toHaveLength(ayaProducts.length)
      })
    })

    describe("own products", () => {
      it("lists only Aya's Kutani pieces, with prices as decimal strings and the workshop stock", async () => {
        expect(ayaProducts.length).toBeGreaterThan(0)
        const { data } = await api.get("/store/products?limit=200&fields=id,metadata", storeHeaders(key))
        const hers = (data.products as Array<{ id: string; metadata: { artisan_handle?: string } }>)
          .filter((p) => p.metadata.artisan_handle === "hoshino-aya")
          .map((p) => p.id)
        expect(ayaProducts.map((p) => p.id).sort()).toEqual(hers.sort())
        const plate = ayaProducts[0]!
        expect(plate.title_ja).not.toBe("")
        expect(plate.prices.find((p) => p.currency_code === "jpy")?.amount).toMatch(/^\d+$/)
        expect(plate.prices.find((p) => p.currency_code === "usd")?.amount).toMatch(/^\d+\.\d\d$/)
        expect(typeof plate.stock).toBe("number")
      })

      it("answers 404 for another artisan's product, on read and on write", async () => {
        const theirs = renProducts[0]!
        expect((await failure(api.get(`/artisan/products/${theirs.id}`, aya))).status).toBe(404)
        expect((await failure(api.post(`/artisan/products/${theirs.id}`, { stock: 5 }, aya))).status).toBe(404)
        expect((await failure(api.get(`/artisan/products/prod_missing`, aya))).status).toBe(404)
      })

      it("answers 401 without a token", async () => {
        const mine = ayaProducts[0]!
        expect((await failure(api.get(`/artisan/products/${mine.id}`))).status).toBe(401)
        expect((await failure(api.post(`/artisan/products/${mine.id}`, { stock: 2 }))).status).toBe(401)
      })

      it("answers 400 with the field names of the body for a malformed update, and saves nothing", async () => {
        const mine = ayaProducts.find((p) => !p.one_of_a_kind)!
        const bad = await failure(
          api.post(
            `/artisan/products/${mine.id}`,
            { title_en: "Renamed", stock: -1, prices: { jpy: "12.5" }, care_key: "dishwasher", colour: "red" },
            aya
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toEqual(expect.any(String))
        const fields = (bad.data.errors ?? []).map((e) => e.field)
        expect(fields).toEqual(expect.arrayContaining(["stock", "prices.jpy", "care_key", "colour"]))
        const { data } = await api.get(`/artisan/products/${mine.id}`, aya)
        expect(data.product.title_en).toBe(mine.title_en)
      })

      it("refuses a lead time on a piece that is not made to order, naming the field", async () => {
        const piece = ayaProducts.find((p) => !p.made_to_order)!
        const bad = await failure(api.post(`/artisan/products/${piece.id}`, { lead_time_days: 30 }, aya))
        expect(bad.status).toBe(400)
        expect(bad.data.errors?.[0]?.field).toBe("lead_time_days")
      })

      it("updates titles in both languages, prices, stock and status in one request; the shop shows them", async () => {
        const mine = ayaProducts.find((p) => !p.one_of_a_kind)!
        const { data } = await api.post(
          `/artisan/products/${mine.id}`,
          {
            title_en: "Kutani Plate, Peony",
            title_ja: "九谷焼 牡丹の皿",
            description_ja: "牡丹を描いた皿です。",
            prices: { jpy: "41800", usd: "289.50", eur: null },
            stock: 3,
            care_key: "porcelain-overglaze",
          },
          aya
        )
        expect(data.product).toMatchObject({
          title_en: "Kutani Plate, Peony",
          title_ja: "九谷焼 牡丹の皿",
          description_ja: "牡丹を描いた皿です。",
          stock: 3,
          sold_out: false,
          care_key: "porcelain-overglaze",
        })
        expect(data.product.prices).toEqual(
          expect.arrayContaining([
            { currency_code: "jpy", amount: "41800" },
            { currency_code: "usd", amount: "289.50" },
          ])
        )
        expect(data.product.prices.find((p: { currency_code: string }) => p.currency_code === "eur")).toBeUndefined()

        const { data: regions } = await api.get("/store/regions", storeHeaders(key))
        const japan = regions.regions.find((r: { currency_code: string }) => r.currency_code === "jpy")
        const { data: shop } = await api.get(
          `/store/products?handle=${mine.handle}&region_id=${japan.id}&fields=title,*variants.calculated_price,+variants.inventory_quantity`,
          storeHeaders(key)
        )
        const listed = shop.products[0]
        expect(listed.title).toBe("Kutani Plate, Peony")
        const variant = listed.variants.find((v: { id: string }) => v.id === mine.variant_id)
        expect(variant.calculated_price.calculated_amount).toBe(41800)
        expect(variant.inventory_quantity).toBe(3)
        const { data: ja } = await api.get(`/store/products?handle=${mine.handle}&locale=ja-JP&fields=title`, storeHeaders(key))
        expect(ja.products[0].title).toBe("九谷焼 牡丹の皿")

        await api.post(`/artisan/products/${mine.id}`, { status: "draft" }, aya)
        const { data: hidden } = await api.get(`/store/products?handle=${mine.handle}`, storeHeaders(key))
        expect(hidden.products).toHaveLength(0)
        const { data: still } = await api.get(`/artisan/products/${mine.id}`, aya)
        expect(still.product.status).toBe("draft")
        await api.post(`/artisan/products/${mine.id}`, { status: "published" }, aya)
      })

      it("keeps a one-of-a-kind piece at a stock of one at most", async () => {
        const unique = [...ayaProducts, ...renProducts].find((p) => p.one_of_a_kind)
        if (!unique) return
        const owner = ayaProducts.includes(unique) ? aya : ren
        const bad = await failure(api.post(`/artisan/products/${unique.id}`, { stock: 3 }, owner))
        expect(bad.status).toBe(400)
        expect(bad.data.errors?.[0]?.field).toBe("stock")
      })
    })

    describe("photos", () => {
      it("resizes an uploaded photo to 1600 px and sets the product's photos in the given order", async () => {
        const big = await sharp({ create: { width: 3200, height: 2000, channels: 3, background: "#b03a2e" } }).jpeg().toBuffer()
        const form = new FormData()
        form.append("files", new Blob([big], { type: "image/jpeg" }), "plate.jpg")
        const { data } = await api.post("/artisan/uploads", form, aya)
        expect(data.files).toHaveLength(1)
        const url: string = data.files[0].url
        // The file module names the public backend URL; the app under test listens on another port.
        const served = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
        const stored = Buffer.from(served.data as ArrayBuffer)
        const size = await sharp(stored).metadata()
        expect(Math.max(size.width ?? 0, size.height ?? 0)).toBe(1600)

        const mine = ayaProducts[0]!
        const before = (await api.get(`/artisan/products/${mine.id}`, aya)).data.product as Product
        const order = [url, ...before.images.map((i) => i.url)]
        const { data: updated } = await api.post(`/artisan/products/${mine.id}`, { image_urls: order }, aya)
        expect(updated.product.images.map((i: { url: string }) => i.url)).toEqual(order)
        expect(updated.product.thumbnail).toBe(url)
        const { data: removed } = await api.post(`/artisan/products/${mine.id}`, { image_urls: order.slice(1) }, aya)
        expect(removed.product.images.map((i: { url: string }) => i.url)).toEqual(order.slice(1))
      })

      it("refuses a file that is not a photo, a request without files, and a foreign photo URL", async () => {
        const form = new FormData()
        form.append("files", new Blob([Buffer.from("not an image")], { type: "text/plain" }), "notes.txt")
        const bad = await failure(api.post("/artisan/uploads", form, aya))
        expect(bad.status).toBe(400)
        expect(bad.data.errors?.[0]?.field).toBe("files.0")
        expect((await failure(api.post("/artisan/uploads", {}, aya))).status).toBe(400)
        expect((await failure(api.post("/artisan/uploads", new FormData()))).status).toBe(401)
        const mine = ayaProducts[0]!
        const foreign = await failure(
          api.post(`/artisan/products/${mine.id}`, { image_urls: ["https://elsewhere.example/x.jpg"] }, aya)
        )
        expect(foreign.status).toBe(400)
        expect(foreign.data.errors?.[0]?.field).toBe("image_urls.0")
      })
    })

    describe("the public artisan page", () => {
      it("shows Aya and her published products, without her e-mail, with a publishable key", async () => {
        const { data } = await api.get("/store/artisans/hoshino-aya", storeHeaders(key))
        expect(data.artisan).toMatchObject({ handle: "hoshino-aya", name_en: "Aya Hoshino" })
        expect(data.artisan.email).toBeUndefined()
        expect(data.products.length).toBeGreaterThan(0)
        expect((await failure(api.get("/store/artisans/hoshino-aya"))).status).toBe(400)
        expect((await failure(api.get("/store/artisans/nobody", storeHeaders(key)))).status).toBe(404)
      })

      it("answers fields=*artisan on store product routes with the maker's public fields", async () => {
        const mine = ayaProducts[0]!
        const { data } = await api.get(`/store/products/${mine.id}?fields=*artisan`, storeHeaders(key))
        expect(data.product.artisan).toMatchObject({ handle: "hoshino-aya", name_ja: "星野 彩" })
        expect(data.product.artisan.email).toBeUndefined()
        expect(data.product.title).toEqual(expect.any(String))
        const { data: list } = await api.get(`/store/products?handle=${mine.handle}&fields=handle,artisan.email,artisan.handle`, storeHeaders(key))
        expect(list.products[0].artisan.handle).toBe("hoshino-aya")
        expect(list.products[0].artisan.email).toBeUndefined()
      })
    })
  },
})
