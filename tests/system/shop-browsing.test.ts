import { describe, expect, it } from "@jest/globals"
import { stackInfo } from "../support/stack-info.ts"

/**
 * Browsing the shop over HTTP: markets and the / redirect, 404s, hreflang, sitemap, robots,
 * structured data, the catalog's filters, search, and the caching headers of shop pages.
 */
const { shopUrl } = stackInfo()

const PLATE = "/products/kutani-gosai-plate"
const STORY = "/stories/the-five-colours-of-kutani"

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${shopUrl}${path}`, { headers, redirect: "manual" })
  return { status: response.status, headers: response.headers, html: await response.text() }
}

/** The page's JSON-LD blocks, parsed. */
function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>
  )
}

/** hreflang → href of the page's alternate links. */
function hreflangs(html: string): Record<string, string> {
  const links: Record<string, string> = {}
  for (const [tag] of html.matchAll(/<link[^>]*rel="alternate"[^>]*>/g)) {
    const lang = /hreflang="([^"]+)"/i.exec(tag)?.[1] ?? /hrefLang="([^"]+)"/.exec(tag)?.[1]
    const href = /href="([^"]+)"/.exec(tag)?.[1]
    if (lang && href) links[lang] = href
  }
  return links
}

function visibleText(html: string) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ")
}

describe("markets", () => {
  it("sends / by the CDN's country header and the browser's language", async () => {
    const german = await get("/", { "accept-language": "en-US,en;q=0.9", "cf-ipcountry": "DE" })
    expect(german.status).toBe(307)
    expect(german.headers.get("location")).toMatch(/\/en-de$/)
    const british = await get("/", { "accept-language": "en-GB,en;q=0.9" })
    expect(british.headers.get("location")).toMatch(/\/en-gb$/)
  })

  it("remembers an explicit choice and keeps the shopper on the same product", async () => {
    const chosen = await get(`/set-market?locale=en&country=de&path=${encodeURIComponent(PLATE)}`)
    expect(chosen.status).toBe(303)
    expect(chosen.headers.get("location")).toMatch(new RegExp(`/en-de${PLATE}$`))
    const cookie = chosen.headers.get("set-cookie") ?? ""
    expect(cookie).toMatch(/^market=en-de/)
    const back = await get("/", { "accept-language": "ja", cookie: "market=en-de" })
    expect(back.headers.get("location")).toMatch(/\/en-de$/)
    const refused = await get("/set-market?locale=en&country=zz&path=/")
    expect(refused.status).toBe(400)
  })

  it("gives crawlers a 200 page at /, not a redirect", async () => {
    const bot = await get("/", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" })
    expect(bot.status).toBe(200)
    expect(bot.html).toMatch(/<html[^>]*lang="en"/)
  })

  it("prices the same product in euros for /en-de and in yen for /ja-jp", async () => {
    const euro = await get(`/en-de${PLATE}`)
    expect(euro.status).toBe(200)
    expect(visibleText(euro.html)).toMatch(/€/)
    const yen = await get(`/ja-jp${PLATE}`)
    expect(visibleText(yen.html)).toMatch(/[¥￥]\s?38,500/)
  })
})

describe("404", () => {
  it.each([`/en-us/products/no-such-piece`, `/en-us/crafts/plastic`, `/ja-jp/artisans/nobody-here`, `/en-zz${PLATE}`])(
    "answers 404 for %s",
    async (path) => {
      const response = await get(path)
      expect(response.status).toBe(404)
    }
  )
})

describe("SEO", () => {
  it("links every market of a product page as hreflang alternates, with x-default", async () => {
    const { html } = await get(`/en-us${PLATE}`)
    const links = hreflangs(html)
    expect(links["ja-JP"]).toMatch(new RegExp(`/ja-jp${PLATE}$`))
    expect(links["en-US"]).toMatch(new RegExp(`/en-us${PLATE}$`))
    expect(links["en-DE"]).toMatch(new RegExp(`/en-de${PLATE}$`))
    expect(links["x-default"]).toMatch(new RegExp(`/en-us${PLATE}$`))
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/en-us${PLATE}"`))
  })

  it("describes the product with JSON-LD: offer in the market currency, availability", async () => {
    const us = jsonLd((await get(`/en-us${PLATE}`)).html).find((d) => d["@type"] === "Product")
    expect(us?.offers).toMatchObject({ priceCurrency: "USD", availability: expect.stringMatching(/^https:\/\/schema\.org\//) })
    const jp = jsonLd((await get(`/ja-jp${PLATE}`)).html).find((d) => d["@type"] === "Product")
    expect(jp?.offers).toMatchObject({ priceCurrency: "JPY", price: "38500" })
  })

  it("describes a story with JSON-LD Article", async () => {
    const article = jsonLd((await get(`/en-us${STORY}`)).html).find((d) => d["@type"] === "Article")
    expect(article?.headline).toBe("The five colours of Kutani")
  })

  it("lists products and stories in both languages in sitemap.xml", async () => {
    const { status, html: xml } = await get("/sitemap.xml")
    expect(status).toBe(200)
    for (const segment of ["ja-jp", "en-us"]) {
      expect(xml).toContain(`/${segment}${PLATE}</loc>`)
      expect(xml).toContain(`/${segment}${STORY}</loc>`)
      expect(xml).toContain(`/${segment}/crafts/kutani</loc>`)
      expect(xml).toContain(`/${segment}/artisans/hoshino-aya</loc>`)
    }
  })

  it("serves robots.txt pointing at the sitemap", async () => {
    const { status, html } = await get("/robots.txt")
    expect(status).toBe(200)
    expect(html).toMatch(/Sitemap: http.*\/sitemap\.xml/)
    expect(html).toContain("Disallow: /admin")
  })
})

describe("pages", () => {
  it("filters the catalog by craft and keeps other crafts out", async () => {
    const kutani = visibleText((await get("/en-us/products?craft=kutani&sort=price-desc")).html)
    expect(kutani).toContain("Kutani Gosai Plate")
    const lacquer = await get("/en-us/products?craft=lacquer")
    expect(lacquer.status).toBe(200)
    expect(visibleText(lacquer.html)).not.toContain("Kutani Gosai Plate")
  })

  it("finds the Kutani plate and its story by search", async () => {
    const text = visibleText((await get("/en-us/search?q=kutani%20plate")).html)
    expect(text).toContain("Kutani Gosai Plate")
    const stories = visibleText((await get("/en-us/search?q=five%20colours")).html)
    expect(stories).toContain("The five colours of Kutani")
  })

  it("shows a craft guide page and a maker's page with their works", async () => {
    const craft = await get("/ja-jp/crafts/kutani")
    expect(craft.status).toBe(200)
    expect(visibleText(craft.html)).toContain("九谷焼")
    const maker = await get("/en-us/artisans/hoshino-aya")
    expect(maker.status).toBe(200)
    expect(visibleText(maker.html)).toContain("Kutani Gosai Plate")
  })

  it("lists the stories", async () => {
    const { status, html } = await get("/en-us/stories")
    expect(status).toBe(200)
    expect(visibleText(html)).toContain("The five colours of Kutani")
  })
})

describe("caching", () => {
  it("sends no client-hint headers on shop pages (only the admin asks for them)", async () => {
    for (const path of ["/en-us", `/en-us${PLATE}`, `/ja-jp${STORY}`]) {
      const { headers } = await get(path)
      expect(headers.get("accept-ch")).toBeNull()
      expect(headers.get("critical-ch")).toBeNull()
    }
  })

  it("serves a product page again from the cache", async () => {
    await get(`/en-gb${PLATE}`)
    const again = await get(`/en-gb${PLATE}`)
    expect(again.status).toBe(200)
    expect(again.headers.get("x-nextjs-cache") ?? "HIT").toBe("HIT")
    expect(again.headers.get("set-cookie")).toBeNull()
  })
})
