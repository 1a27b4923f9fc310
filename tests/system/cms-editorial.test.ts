import { beforeAll, describe, expect, it } from "@jest/globals"
import { stackInfo } from "../support/stack-info.ts"

/*
 * The CMS inside the running storefront, against the running Medusa: product handles in stories are
 * checked with Medusa's Store API, and a story scheduled for publication appears on the shop without
 * a rebuild (Payload's jobs queue runs inside the Next.js server; its hooks revalidate the page).
 */

const { shopUrl, payloadAdminEmail, payloadAdminPassword } = stackInfo()

let token = ""
const unique = `${Date.now().toString(36)}`

async function api(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${shopUrl}/api${path}`, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", authorization: `JWT ${token}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
}

/** A Lexical body holding one featured-products block. */
function bodyWithProducts(handles: string[]) {
  return {
    root: {
      type: "root",
      direction: "ltr",
      format: "",
      indent: 0,
      version: 1,
      children: [
        {
          type: "block",
          version: 2,
          format: "",
          fields: { id: `0123456789abcdef${unique}`.slice(0, 24), blockName: "", blockType: "featuredProducts", products: handles },
        },
      ],
    },
  }
}

beforeAll(async () => {
  const response = await fetch(`${shopUrl}/api/users/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: payloadAdminEmail, password: payloadAdminPassword }),
  })
  expect(response.status).toBe(200)
  token = ((await response.json()) as { token: string }).token
})

describe("featured products are checked against Medusa", () => {
  it("offers editors the shop's products to choose from (signed-in users only)", async () => {
    const { status, json } = await api("/shop-products")
    expect(status).toBe(200)
    const products = json.products as { handle: string; title: string }[]
    expect(products.length).toBeGreaterThanOrEqual(40)
    expect(products).toEqual(expect.arrayContaining([expect.objectContaining({ handle: "kutani-gosai-plate" })]))
    const anonymous = await fetch(`${shopUrl}/api/shop-products`)
    expect(anonymous.status).toBe(401)
  })

  it("refuses to publish a story featuring an unknown product handle, naming it", async () => {
    const { status, text } = await api("/stories", {
      method: "POST",
      body: {
        _status: "published",
        title: "Unknown product",
        slug: `unknown-product-${unique}`,
        body: bodyWithProducts(["kutani-gosai-plate", "no-such-bowl"]),
      },
    })
    expect(status).toBe(400)
    expect(text).toContain("Unknown product handle: no-such-bowl")
    expect(text).not.toContain("kutani-gosai-plate.")
  })

  it("refuses an unknown handle in the products listed under the story too", async () => {
    const { status, text } = await api("/stories", {
      method: "POST",
      body: {
        _status: "published",
        title: "Unknown listed product",
        slug: `unknown-listed-${unique}`,
        featuredProducts: [{ handle: "ohi-amber-tea-bowl" }, { handle: "ohi-plastic-cup" }],
      },
    })
    expect(status).toBe(400)
    expect(text).toContain("ohi-plastic-cup")
  })

  it("publishes a story whose product handles all exist in Medusa", async () => {
    const slug = `known-products-${unique}`
    const { status, text } = await api("/stories", {
      method: "POST",
      body: {
        _status: "published",
        title: "Known products",
        slug,
        body: bodyWithProducts(["kutani-gosai-plate", "ohi-amber-tea-bowl"]),
        featuredProducts: [{ handle: "gold-leaf-sake-cup" }],
      },
    })
    expect({ status, text: status === 201 ? "" : text }).toEqual({ status: 201, text: "" })
  })
})

describe("scheduled publishing in the running shop", () => {
  it("shows a scheduled story on the storefront at its time, without a rebuild", async () => {
    const slug = `scheduled-${unique}`
    const created = await api("/stories?draft=true", {
      method: "POST",
      body: { _status: "draft", title: "予約投稿の話", slug },
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: number }).id

    // Before its time the story is not on the shop (and that 404 is what the cache holds).
    expect((await fetch(`${shopUrl}/ja-jp/stories/${slug}`)).status).toBe(404)

    const scheduled = await api(`/stories/${id}/schedule-publish`, {
      method: "POST",
      body: { publishAt: new Date(Date.now() + 3_000).toISOString() },
    })
    expect(scheduled.status).toBe(202)

    // The queue runs every 15 seconds inside the Next.js server.
    const deadline = Date.now() + 60_000
    let status = 0
    while (Date.now() < deadline) {
      status = (await fetch(`${shopUrl}/ja-jp/stories/${slug}`)).status
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 2_000))
    }
    expect(status).toBe(200)
    const html = await (await fetch(`${shopUrl}/ja-jp/stories/${slug}`)).text()
    expect(html).toContain("予約投稿の話")
  }, 120_000)

  it("refuses a schedule in the past with a readable message", async () => {
    const created = await api("/stories?draft=true", {
      method: "POST",
      body: { _status: "draft", title: "Late", slug: `late-${unique}` },
    })
    const id = (created.json.doc as { id: number }).id
    const { status, json } = await api(`/stories/${id}/schedule-publish`, {
      method: "POST",
      body: { publishAt: "2020-01-01T00:00:00Z" },
    })
    expect(status).toBe(400)
    expect(json.message).toMatch(/future/)
  })
})
