import { describe, expect, it } from "@jest/globals"
import { stories } from "../../cms/seed/content/stories.ts"
import { products } from "../../store/src/scripts/seed/data/products/index.ts"
import { stackInfo } from "../support/stack-info.ts"

const { shopUrl, medusaUrl } = stackInfo()

const plate = products.find((p) => p.handle === "kutani-gosai-plate")!
const story = stories.find((s) => s.slug === "the-five-colours-of-kutani")!

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${shopUrl}${path}`, { headers, redirect: "manual" })
  return { status: response.status, location: response.headers.get("location"), html: await response.text() }
}

/** Text as a shopper reads it: tags stripped, entities decoded, whitespace collapsed. */
function visibleText(html: string) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ")
}

/** The same whitespace folding for what we look for (titles use the ideographic space U+3000). */
const folded = (text: string) => text.replace(/\s+/g, " ")

describe("the shop on embedded defaults", () => {
  it("answers Medusa's health check", async () => {
    const response = await fetch(`${medusaUrl}/health`)
    expect(response.status).toBe(200)
  })

  it("shows /ja-jp in Japanese with yen prices and the latest stories", async () => {
    const { status, html } = await page("/ja-jp")
    expect(status).toBe(200)
    const text = visibleText(html)
    expect(html).toMatch(/<html[^>]*lang="ja"/)
    expect(text).toContain(plate.ja.title)
    expect(text).toMatch(/[¥￥]\s?38,500/)
    expect(text).toContain(folded(story.title.ja))
  })

  it("shows /en-us in English with dollar prices and the latest stories", async () => {
    const { status, html } = await page("/en-us")
    expect(status).toBe(200)
    const text = visibleText(html)
    expect(html).toMatch(/<html[^>]*lang="en"/)
    expect(text).toContain(plate.title)
    expect(text).toContain("$260.00")
    expect(text).toContain(story.title.en)
  })

  it("opens a product page and a story page, and answers 404 for unknown ones", async () => {
    const product = await page("/en-us/products/kutani-gosai-plate")
    expect(product.status).toBe(200)
    expect(visibleText(product.html)).toContain(plate.description.slice(0, 60))
    const storyPage = await page(`/ja-jp/stories/${story.slug}`)
    expect(storyPage.status).toBe(200)
    expect(visibleText(storyPage.html)).toContain(folded(story.title.ja))
    expect((await page("/en-us/products/no-such-piece")).status).toBe(404)
    expect((await page("/en-us/stories/no-such-story")).status).toBe(404)
    expect((await page("/xx-zz")).status).toBe(404)
  })

  it("sends / to the shopper's language", async () => {
    const ja = await page("/", { "accept-language": "ja,en;q=0.8" })
    expect([302, 303, 307, 308]).toContain(ja.status)
    expect(ja.location).toMatch(/\/ja-jp$/)
    const en = await page("/", { "accept-language": "en-US,en;q=0.9" })
    expect(en.location).toMatch(/\/en-us$/)
  })

  it("lets the editor sign in to Payload's admin with the printed credentials", async () => {
    const { payloadAdminEmail, payloadAdminPassword } = stackInfo()
    const response = await fetch(`${shopUrl}/api/users/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: payloadAdminEmail, password: payloadAdminPassword }),
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { token?: string }
    expect(body.token).toBeTruthy()
    const admin = await page("/admin/login")
    expect(admin.status).toBe(200)
  })
})
