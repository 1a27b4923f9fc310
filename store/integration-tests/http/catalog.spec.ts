import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { updateProductsWorkflow, updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { CRAFT_ARTISANS, CRAFTS, craftAttributesSchema } from "../../src/lib/craft-attributes"
import { cartWith, germanAddress, regionsByName, shippingQuotes, usAddress, variantIds, type SeededRegion } from "../helpers/catalog-api"
import { japaneseAddress, seedShop, storeHeaders } from "../helpers/store-api"

jest.setTimeout(240 * 1000)

type Variant = {
  id: string
  sku: string
  title: string
  origin_country: string | null
  hs_code: string | null
  material: string | null
  weight: number | null
  length: number | null
  width: number | null
  height: number | null
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_quantity: number
  calculated_price?: { calculated_amount: number; currency_code: string; is_calculated_price_tax_inclusive: boolean }
}
type Product = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: Array<{ url: string }>
  metadata: Record<string, unknown>
  collection: { handle: string } | null
  categories: Array<{ handle: string }>
  variants: Variant[]
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "metadata",
  "*images",
  "collection.id",
  "collection.handle",
  // The Store API drops dotted category fields (`categories.handle`); the whole relation comes through.
  "*categories",
  "*variants",
  "variants.origin_country",
  "variants.hs_code",
  "variants.material",
  "variants.weight",
  "variants.length",
  "variants.width",
  "variants.height",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "+variants.inventory_quantity",
].join(",")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key = ""
    let regions = new Map<string, SeededRegion>()
    let catalog: Product[] = []
    const h = () => storeHeaders(key)
    const region = (name: string) => {
      const found = regions.get(name)
      if (!found) throw new Error(`no region ${name}`)
      return found
    }
    const product = (handle: string) => {
      const found = catalog.find((p) => p.handle === handle)
      if (!found) throw new Error(`no product ${handle}`)
      return found
    }

    beforeAll(async () => {
      key = await seedShop(getContainer())
      regions = await regionsByName(api, key)
      const { data } = await api.get(`/store/products?limit=200&fields=${PRODUCT_FIELDS}`, h())
      catalog = data.products
    })

    describe("the catalog", () => {
      it("lists at least 45 published products, and every craft's collection holds some", async () => {
        expect(catalog.length).toBeGreaterThanOrEqual(45)
        const { data } = await api.get("/store/collections?limit=50", h())
        const collections = (data.collections as Array<{ handle: string }>).map((c) => c.handle)
        expect(collections).toEqual(expect.arrayContaining([...CRAFTS]))
        for (const craft of CRAFTS) {
          const inCraft = catalog.filter((p) => p.collection?.handle === craft)
          expect({ craft, atLeastThree: inCraft.length >= 3 }).toEqual({ craft, atLeastThree: true })
        }
      })

      it("keeps the twelve handles the storefront and older tests link to", () => {
        for (const handle of [
          "kutani-gosai-plate", "kutani-sake-cups-pair", "kutani-akae-teacup", "ohi-amber-tea-bowl",
          "ohi-incense-holder", "kanazawa-maki-e-bowl", "kanazawa-lacquer-chopsticks", "kanazawa-maki-e-jewelry-box",
          "gold-leaf-sake-cup", "gold-leaf-coaster-set", "kaga-yuzen-silk-furoshiki", "kaga-yuzen-silk-scarf",
        ]) {
          expect(product(handle).title).toBeTruthy()
        }
      })

      it("files products under categories by use", async () => {
        const { data } = await api.get("/store/product-categories?limit=50&fields=handle,name", h())
        const handles = (data.product_categories as Array<{ handle: string }>).map((c) => c.handle)
        expect(handles).toEqual(
          expect.arrayContaining(["tableware", "tea-ceremony", "sake-ware", "accessories", "interior", "gifts"])
        )
        expect(product("ohi-amber-tea-bowl").categories.map((c) => c.handle)).toContain("tea-ceremony")
        for (const p of catalog) expect(p.categories.length).toBeGreaterThan(0)
      })

      it("gives every product valid craft attributes, made by its craft's artisan", () => {
        for (const p of catalog) {
          const parsed = craftAttributesSchema.safeParse(p.metadata)
          expect({ handle: p.handle, errors: parsed.success ? [] : parsed.error.issues }).toEqual({ handle: p.handle, errors: [] })
          if (parsed.success) {
            expect(parsed.data.artisan_handle).toBe(CRAFT_ARTISANS[parsed.data.craft])
            expect(p.collection?.handle).toBe(parsed.data.craft)
          }
        }
      })

      it("ships origin JP, an HS code, material, weight and dimensions on every variant", () => {
        for (const p of catalog) {
          for (const v of p.variants) {
            expect({ sku: v.sku, origin: v.origin_country }).toEqual({ sku: v.sku, origin: "JP" })
            expect(v.hs_code).toMatch(/^\d{4}\.\d{2}$/)
            expect(v.material).toBeTruthy()
            expect(v.weight).toBeGreaterThan(0)
            expect(v.length! * v.width! * v.height!).toBeGreaterThan(0)
          }
        }
      })

      it("offers variants where a choice matters (mug motif, tray size)", () => {
        expect(product("kutani-gosai-mug").variants.map((v) => v.title).sort()).toEqual(["Green pine", "Red peony"])
        expect(product("kanazawa-tame-nuri-tray").variants).toHaveLength(2)
      })

      it("shows an image served by Medusa's file module for every product", async () => {
        for (const p of catalog) {
          expect(p.thumbnail).toMatch(/\/static\/.+\.webp$/)
          expect(p.images.map((i) => i.url)).toContain(p.thumbnail)
        }
        const { pathname } = new URL(product("kutani-gosai-plate").thumbnail!)
        const image = await api.get(pathname, { responseType: "arraybuffer" })
        expect(image.status).toBe(200)
        expect(String(image.headers["content-type"])).toContain("image/webp")
        expect((image.data as ArrayBuffer).byteLength).toBeGreaterThan(1000)
      })
    })

    describe("Japanese through Medusa's Translation Module", () => {
      it("answers ?locale=ja-JP with the Japanese title, subtitle and description, and English without it", async () => {
        const { data: ja } = await api.get("/store/products?handle=kutani-gosai-plate&locale=ja-JP&fields=title,subtitle,description", h())
        expect(ja.products[0]).toMatchObject({
          title: "九谷焼 五彩 大皿",
          subtitle: "九谷五彩の上絵付け 径24cm",
          description: expect.stringContaining("九谷五彩"),
        })
        const { data: en } = await api.get("/store/products?handle=kutani-gosai-plate&fields=title", h())
        expect(en.products[0].title).toBe("Kutani Gosai Plate")
      })

      it("translates a new product, its variants, its collection and categories", async () => {
        const { data } = await api.get(
          // Translations apply to nested records whose `id` is in the response.
          "/store/products?handle=kutani-gosai-mug&locale=ja-JP&fields=title,*variants,collection.id,collection.title,*categories",
          h()
        )
        const mug = data.products[0]
        expect(mug.title).toBe("九谷焼 マグカップ")
        expect(mug.variants.map((v: { title: string }) => v.title).sort()).toEqual(["赤絵 牡丹", "青手 松"].sort())
        expect(mug.collection.title).toBe("九谷焼")
        expect(mug.categories.map((c: { name: string }) => c.name)).toContain("食器")
      })

      it("has a Japanese title for every product", async () => {
        const { data } = await api.get("/store/products?limit=200&locale=ja-JP&fields=handle,title", h())
        for (const p of data.products as Array<{ handle: string; title: string }>) {
          expect({ handle: p.handle, japanese: /[\u3040-\u30ff\u4e00-\u9fff]/.test(p.title) }).toEqual({ handle: p.handle, japanese: true })
        }
      })
    })

    describe("stock rules", () => {
      it("stocks a one-of-a-kind piece once and never backorders it", () => {
        const pieces = catalog.filter((p) => p.metadata.one_of_a_kind === true)
        expect(pieces.length).toBeGreaterThanOrEqual(5)
        for (const p of pieces) {
          expect(p.variants).toHaveLength(1)
          expect(p.variants[0]).toMatchObject({ inventory_quantity: 1, allow_backorder: false, manage_inventory: true })
        }
      })

      it("lets a made-to-order piece be ordered with its lead time", async () => {
        const made = catalog.filter((p) => p.metadata.made_to_order === true)
        expect(made.length).toBeGreaterThanOrEqual(4)
        for (const p of made) {
          expect(p.metadata.lead_time_days).toEqual(expect.any(Number))
          expect(p.variants[0]).toMatchObject({ allow_backorder: true, manage_inventory: true })
        }
        const dishes = await variantIds(api, key, "ohi-sweets-dishes")
        const cartId = await cartWith(api, key, region("Japan").id, japaneseAddress, [
          { variantId: dishes.get("OHI-SWEETS-DISHES")!, quantity: 1 },
        ])
        const { data } = await api.get(`/store/carts/${cartId}`, h())
        expect(data.cart.items).toHaveLength(1)
      })

      it("refuses a second unit of a one-of-a-kind piece with a 4xx", async () => {
        const bowl = await variantIds(api, key, "ohi-amber-tea-bowl")
        const { data } = await api.post("/store/carts", { region_id: region("Japan").id }, h())
        const response = await api
          .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: bowl.get("OHI-AMBER-TEA-BOWL"), quantity: 2 }, h())
          .catch((error: { response: { status: number } }) => error.response)
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      })
    })

    describe("regions and tax", () => {
      it("sells in Japan, the United States, Europe and the rest of the world, each with a tax notice", () => {
        expect(region("Japan").currency_code).toBe("jpy")
        expect(region("United States").currency_code).toBe("usd")
        expect(region("Europe").currency_code).toBe("eur")
        expect(region("Rest of the world").currency_code).toBe("usd")
        for (const r of regions.values()) {
          expect(r.metadata?.tax_notice).toEqual({ ja: expect.any(String), en: expect.any(String) })
        }
        expect(JSON.stringify(region("United States").metadata)).toMatch(/duties/i)
        expect(JSON.stringify(region("Europe").metadata)).toMatch(/VAT/)
      })

      it("shows Japanese prices with the 10% consumption tax included", async () => {
        const { data } = await api.get(
          `/store/products?handle=kutani-akae-teacup&region_id=${region("Japan").id}&fields=*variants.calculated_price`,
          h()
        )
        expect(data.products[0].variants[0].calculated_price).toMatchObject({
          calculated_amount: 8800,
          is_calculated_price_tax_inclusive: true,
        })
        const teacup = await variantIds(api, key, "kutani-akae-teacup")
        const cartId = await cartWith(api, key, region("Japan").id, japaneseAddress, [
          { variantId: teacup.get("KUTANI-AKAE-TEACUP")!, quantity: 1 },
        ])
        const { data: cart } = await api.get(`/store/carts/${cartId}?fields=total,item_total,item_tax_total`, h())
        // ¥8,800 shelf price = ¥8,000 + ¥800 consumption tax.
        expect(cart.cart).toMatchObject({ item_total: 8800, item_tax_total: 800 })
      })

      it("shows US prices before tax", async () => {
        const { data } = await api.get(
          `/store/products?handle=kutani-akae-teacup&region_id=${region("United States").id}&fields=*variants.calculated_price`,
          h()
        )
        expect(data.products[0].variants[0].calculated_price).toMatchObject({
          calculated_amount: 62,
          is_calculated_price_tax_inclusive: false,
        })
      })
    })

    describe("shipping", () => {
      it("charges ¥1,200 for domestic delivery under ¥30,000 and nothing from ¥30,000", async () => {
        const japan = region("Japan").id
        const teacup = (await variantIds(api, key, "kutani-akae-teacup")).get("KUTANI-AKAE-TEACUP")!
        const small = await cartWith(api, key, japan, japaneseAddress, [{ variantId: teacup, quantity: 1 }])
        const smallQuote = (await shippingQuotes(api, key, small)).find((q) => q.name.startsWith("Standard delivery"))
        expect(smallQuote?.amount).toBe(1200)
        await api.post(`/store/carts/${small}/shipping-methods`, { option_id: smallQuote!.id }, h())
        const { data: paying } = await api.get(`/store/carts/${small}?fields=total,shipping_total`, h())
        expect(paying.cart).toMatchObject({ shipping_total: 1200, total: 10000 })

        // Four teacups: ¥35,200 of goods crosses the ¥30,000 threshold.
        const large = await cartWith(api, key, japan, japaneseAddress, [{ variantId: teacup, quantity: 4 }])
        const largeQuote = (await shippingQuotes(api, key, large)).find((q) => q.name.startsWith("Standard delivery"))
        expect(largeQuote?.amount).toBe(0)
        await api.post(`/store/carts/${large}/shipping-methods`, { option_id: largeQuote!.id }, h())
        const { data: free } = await api.get(`/store/carts/${large}?fields=total,shipping_total`, h())
        expect(free.cart).toMatchObject({ shipping_total: 0, total: 35200 })
      })

      it("offers no domestic delivery abroad, and an international courier whose price rises with the weight band", async () => {
        const us = region("United States").id
        const chopsticks = (await variantIds(api, key, "kanazawa-lacquer-chopsticks")).get("KANAZAWA-LACQUER-CHOPSTICKS")!
        const plate = (await variantIds(api, key, "kutani-gosai-plate")).get("KUTANI-GOSAI-PLATE")!
        const hibachi = (await variantIds(api, key, "kiri-hibachi-maki-e")).get("KIRI-HIBACHI-MAKI-E")!
        const courier = async (variantId: string) => {
          const cartId = await cartWith(api, key, us, usAddress, [{ variantId, quantity: 1 }])
          const quotes = await shippingQuotes(api, key, cartId)
          expect(quotes.map((q) => q.name)).toEqual(["International courier (EMS)"])
          return { cartId, quote: quotes[0]! }
        }
        const light = await courier(chopsticks) // 60 g + packing: up to 1 kg
        const medium = await courier(plate) // 1.4 kg + packing: up to 3 kg
        const heavy = await courier(hibachi) // 6.5 kg + packing: up to 10 kg
        expect([light.quote.amount, medium.quote.amount, heavy.quote.amount]).toEqual([38, 62, 120])

        await api.post(`/store/carts/${medium.cartId}/shipping-methods`, { option_id: medium.quote.id }, h())
        const { data } = await api.get(`/store/carts/${medium.cartId}?fields=total,shipping_total`, h())
        expect(data.cart).toMatchObject({ shipping_total: 62, total: 260 + 62 })
      })

      it("prices the courier in euros for Europe", async () => {
        const plate = (await variantIds(api, key, "kutani-gosai-plate")).get("KUTANI-GOSAI-PLATE")!
        const cartId = await cartWith(api, key, region("Europe").id, germanAddress, [{ variantId: plate, quantity: 1 }])
        const quotes = await shippingQuotes(api, key, cartId)
        expect(quotes).toEqual([expect.objectContaining({ name: "International courier (EMS)", amount: 57 })])
      })
    })

    describe("running the seed again", () => {
      const domesticPriceIds = async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "shipping_option",
          fields: ["id", "prices.id"],
          filters: { name: "Standard delivery (fragile handling)" },
        })
        const option = z.object({ id: z.string(), prices: z.array(z.object({ id: z.string() })) }).parse(data[0])
        return { optionId: option.id, priceIds: option.prices.map((p) => p.id).sort() }
      }

      it("adds or changes no product, translation, region, shipping option or price", async () => {
        const container = getContainer()
        const translation = container.resolve(Modules.TRANSLATION)
        const fulfillment = container.resolve(Modules.FULFILLMENT)
        const count = async () => ({
          products: (await api.get("/store/products?limit=1", h())).data.count,
          translations: (await translation.listTranslations({}, { take: null })).length,
          regions: (await api.get("/store/regions?limit=50", h())).data.regions.length,
          options: (await fulfillment.listShippingOptions({})).length,
          domesticPrices: (await domesticPriceIds()).priceIds,
        })
        const before = await count()
        await seedShop(container)
        expect(await count()).toEqual(before)
        expect(before.regions).toBe(4)
      })

      it("gives a product seeded before images and categories its image and categories", async () => {
        const id = product("kutani-akae-teacup").id
        await updateProductsWorkflow(getContainer()).run({
          input: { products: [{ id, thumbnail: null, images: [], category_ids: [] }] },
        })
        await seedShop(getContainer())
        const { data } = await api.get(`/store/products?handle=kutani-akae-teacup&fields=thumbnail,*images,*categories`, h())
        expect(data.products[0].thumbnail).toMatch(/\/static\/.+kutani-akae-teacup\.webp$/)
        expect(data.products[0].images).toHaveLength(1)
        expect(data.products[0].categories.map((c: { handle: string }) => c.handle)).toEqual(["tableware"])
      })

      it("brings the domestic delivery of an earlier seed (flat ¥1,100) up to ¥1,200, free from ¥30,000", async () => {
        const { optionId } = await domesticPriceIds()
        await updateShippingOptionsWorkflow(getContainer()).run({
          input: [{ id: optionId, prices: [{ currency_code: "jpy", amount: 1100 }] }],
        })
        await seedShop(getContainer())
        const teacup = (await variantIds(api, key, "kutani-akae-teacup")).get("KUTANI-AKAE-TEACUP")!
        const quote = async (quantity: number) => {
          const cartId = await cartWith(api, key, region("Japan").id, japaneseAddress, [{ variantId: teacup, quantity }])
          return (await shippingQuotes(api, key, cartId)).find((q) => q.id === optionId)?.amount
        }
        expect([await quote(1), await quote(4)]).toEqual([1200, 0])
      })
    })
  },
})
