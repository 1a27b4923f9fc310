import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { readFileSync } from "node:fs"
import { basename, join } from "node:path"
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core"
import sharp from "sharp"
import { z } from "zod"
import { stackInfo } from "../support/stack-info.ts"
import {
  adminToken,
  artisanEmail,
  artisanPassword,
  artisanProduct,
  artisanToken,
  eventually,
  medusa,
  placeOrder,
  registerShopper,
  setArtisanProduct,
} from "./portal-support.ts"

/**
 * The artisan portal in Debian's chromium at a phone's width: a maker signs in, edits a work and
 * ships an order, and the shop and the shopper see it; nobody else gets in.
 */
const { shopUrl } = stackInfo()
const PHONE = { width: 390, height: 844 }
const MAKER = "hoshino-aya"
const OTHER_MAKER = "takeda-ren"
const EDITED = "kutani-sake-cups-pair"
const ORDERED = "kutani-akae-teacup"

let browser: Browser
let maker: BrowserContext
let page: Page
let makerToken: string
let originalTitle: string
/** The artisan the invitation test creates; the password-reset test reuses them. */
let invitedEmail = ""

const pathOf = (p: Page) => new URL(p.url()).pathname

/** A phone-sized browser of its own (cookies included). Generous waits: the first request of a page renders it. */
async function phone(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE, locale: "ja-JP" })
  context.setDefaultTimeout(60_000)
  context.setDefaultNavigationTimeout(90_000)
  return context
}

async function publicPage(path: string): Promise<string> {
  const response = await fetch(`${shopUrl}${path}`)
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
  return response.text()
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  })
  maker = await phone()
  page = await maker.newPage()
  makerToken = await artisanToken(MAKER)
  const product = await artisanProduct(makerToken, EDITED)
  originalTitle = product.title_en
  await setArtisanProduct(makerToken, product.id, { stock: 1 })
})

afterAll(async () => {
  if (makerToken && originalTitle) {
    const product = await artisanProduct(makerToken, EDITED)
    await setArtisanProduct(makerToken, product.id, { title_en: originalTitle })
  }
  await browser?.close()
})

describe("the artisan portal", () => {
  it("sends a signed-out visit of any portal page to sign-in", async () => {
    // Without a session cookie proxy.ts answers a real 307 before anything renders; with a cookie
    // that is not an artisan's, the page's own check with Medusa redirects (the shopper test below).
    const visitor = await phone()
    const visit = await visitor.newPage()
    for (const [path, signIn] of [
      ["/ja-jp/artisan", "/ja-jp/artisan/sign-in"],
      ["/ja-jp/artisan/products/prod_01ANYTHING", "/ja-jp/artisan/sign-in"],
      ["/en-us/artisan/orders/order_01ANYTHING", "/en-us/artisan/sign-in"],
    ] as const) {
      const response = await fetch(`${shopUrl}${path}`, { redirect: "manual" })
      expect(response.status).toBe(307)
      expect(new URL(response.headers.get("location") ?? "", shopUrl).pathname).toBe(signIn)
      await visit.goto(`${shopUrl}${path}`)
      await visit.waitForURL(`${shopUrl}${signIn}`)
    }
    await expect(visit.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Sign in")
    await visitor.close()
  })

  it("does not open for a shopper's session, nor sign in with a shopper's password", async () => {
    const shopper = await registerShopper()
    const context = await phone()
    const host = new URL(shopUrl).hostname
    await context.addCookies([
      { name: "ginza_customer", value: shopper.token, domain: host, path: "/" },
      { name: "ginza_artisan_session", value: shopper.token, domain: host, path: "/" },
    ])
    const visit = await context.newPage()
    await visit.goto(`${shopUrl}/ja-jp/artisan`)
    await visit.waitForURL(`${shopUrl}/ja-jp/artisan/sign-in`)

    await visit.getByLabel("メールアドレス").fill(shopper.email)
    await visit.getByLabel("パスワード", { exact: true }).fill(shopper.password)
    await visit.getByRole("button", { name: "ログイン" }).click()
    await visit.getByText("メールアドレスまたはパスワードが正しくありません。").waitFor()
    expect(pathOf(visit)).toBe("/ja-jp/artisan/sign-in")
    await context.close()
  })

  it("lets a newly invited artisan choose a password on first sign-in, then sign in with it", async () => {
    const handle = `portal-test-${Date.now()}`
    const email = `${handle}@artisans.ginza-kanazawa.jp`
    invitedEmail = email
    const json = await medusa("/admin/artisans", {
      method: "POST",
      token: await adminToken(),
      body: { handle, name_ja: "試験 太郎", name_en: "Taro Shiken", email },
    })
    const invite = z.object({ invite: z.object({ token: z.string() }) }).parse(json).invite.token
    const context = await phone()
    const visit = await context.newPage()
    await visit.goto(`${shopUrl}/ja-jp/artisan/invite?token=${encodeURIComponent(invite)}`)
    await visit.getByLabel("新しいパスワード", { exact: true }).fill("kanazawa-kogei-2026")
    await visit.getByLabel("新しいパスワード（確認）").fill("kanazawa-kogei-2026")
    await visit.getByRole("button", { name: "パスワードを設定してログイン" }).click()
    await visit.waitForURL(`${shopUrl}/ja-jp/artisan`)
    await visit.getByRole("heading", { name: "試験 太郎さん、こんにちは" }).waitFor()
    await visit.getByText("まだ作品が登録されていません。").waitFor()

    // The invitation is used up; the password now signs in.
    await visit.getByRole("button", { name: "ログアウト" }).click()
    await visit.waitForURL(/\/ja-jp\/artisan\/sign-in/)
    await visit.getByLabel("メールアドレス").fill(email)
    await visit.getByLabel("パスワード", { exact: true }).fill("kanazawa-kogei-2026")
    await visit.getByRole("button", { name: "ログイン" }).click()
    await visit.waitForURL(`${shopUrl}/ja-jp/artisan`)
    await context.close()
  })

  it("resets a forgotten password with the emailed token (the local notification provider logs it)", async () => {
    expect(invitedEmail).not.toBe("")
    const context = await phone()
    const visit = await context.newPage()
    await visit.goto(`${shopUrl}/ja-jp/artisan/sign-in`)
    await visit.getByRole("link", { name: "パスワードをお忘れの方" }).click()
    await visit.waitForURL(`${shopUrl}/ja-jp/artisan/forgot-password`)
    // By id: the sign-in page just left stays (hidden) in the document with its own "メールアドレス".
    await visit.locator("#forgot-email").fill(invitedEmail)
    await visit.getByRole("button", { name: "リンクを送る" }).click()
    await visit.getByText("このアドレスの作り手アカウントがあれば").waitFor()

    const token = await eventually(async () => {
      const log = readFileSync(join(stackInfo().logDir, "medusa.log"), "utf8")
      const sent = log
        .split("\n")
        .filter((line) => line.includes("artisan-password-reset") && line.includes(invitedEmail))
        .at(-1)
      // Plain or JSON-formatted log lines (quotes escaped in the latter).
      const found = sent && /\\?"token\\?":\\?"([^"\\]+)/.exec(sent)?.[1]
      if (!found) throw new Error("no password-reset notification for the artisan in medusa.log")
      return found
    }, 15_000)

    await visit.goto(
      `${shopUrl}/ja-jp/artisan/reset-password?token=${encodeURIComponent(token)}&email=${encodeURIComponent(invitedEmail)}`
    )
    await visit.getByLabel("新しいパスワード", { exact: true }).fill("hakuichi-2026-new")
    await visit.getByLabel("新しいパスワード（確認）").fill("hakuichi-2026-new")
    await visit.getByRole("button", { name: "パスワードを変更" }).click()
    await visit.waitForURL(/\/ja-jp\/artisan\/sign-in\?password-changed=1/)
    await visit.getByText("パスワードを変更しました。ログインしてください。").waitFor()
    // By id: the reset page just left stays (hidden) in the document with the same labels.
    await visit.locator("#signin-email").fill(invitedEmail)
    await visit.locator("#signin-password").fill("hakuichi-2026-new")
    await visit.getByRole("button", { name: "ログイン" }).click()
    await visit.waitForURL(`${shopUrl}/ja-jp/artisan`)
    await context.close()
  })

  it("signs the maker in with email and password, in Japanese, into an httpOnly SameSite cookie", async () => {
    await page.goto(`${shopUrl}/ja-jp/artisan/sign-in`)
    await page.getByLabel("メールアドレス").fill(artisanEmail(MAKER))
    await page.getByLabel("パスワード", { exact: true }).fill(await artisanPassword(MAKER))
    await page.getByRole("button", { name: "ログイン" }).click()
    await page.waitForURL(`${shopUrl}/ja-jp/artisan`)
    const cookie = (await maker.cookies()).find((c) => c.name === "ginza_artisan_session")
    expect(cookie?.httpOnly).toBe(true)
    expect(cookie?.sameSite).toBe("Lax")
    const item = page.locator(`[data-product-handle="${EDITED}"]`)
    await expect(item.textContent()).resolves.toContain("在庫: 1")
  })

  it("keeps a refused form unsaved and says why next to the field", async () => {
    const product = await artisanProduct(makerToken, EDITED)
    await page.goto(`${shopUrl}/ja-jp/artisan/products/${product.id}`)
    await page.locator("#stock").fill("3")
    await page.locator("#title_ja").fill("")
    await page.getByRole("button", { name: "保存する" }).click()
    await page.locator('[data-field-error="title_ja"]').waitFor()
    await expect(page.locator('[data-field-error="title_ja"]').textContent()).resolves.toBe("入力してください。")
    expect((await artisanProduct(makerToken, EDITED)).stock).toBe(1)
  })

  it("changes a piece's stock from 1 to 3 and its English title; the shop shows both within 5 s", async () => {
    const product = await artisanProduct(makerToken, EDITED)
    const title = `Kutani Sake Cups, Pair (spring ${Date.now() % 100000})`
    await page.goto(`${shopUrl}/ja-jp/artisan/products/${product.id}`)
    await page.locator("#stock").fill("3")
    await page.locator("#title_en").fill(title)
    await page.getByRole("button", { name: "保存する" }).click()
    await page.getByText("保存しました。").waitFor()
    const saved = Date.now()

    await eventually(async () => {
      const html = await publicPage(`/en-us/products/${EDITED}`)
      if (!html.includes(title)) throw new Error("the product page still shows the old title")
      if (!html.includes("In stock: 3")) throw new Error("the product page still shows the old stock")
    }, 5_000)
    const stock = await eventually(async () => {
      const json = z
        .object({ products: z.array(z.object({ variants: z.array(z.object({ inventory_quantity: z.number() })) })) })
        .parse(await medusa(`/store/products?handle=${EDITED}&fields=+variants.inventory_quantity`, { store: true }))
      const quantity = json.products[0]?.variants[0]?.inventory_quantity
      if (quantity !== 3) throw new Error(`stock is ${quantity}`)
      return quantity
    }, 5_000)
    expect(stock).toBe(3)
    expect(Date.now() - saved).toBeLessThan(5_000)
    expect((await artisanProduct(makerToken, EDITED)).title_en).toBe(title)
  })

  it("uploads a photo that then appears on the product page", async () => {
    const product = await artisanProduct(makerToken, EDITED)
    const photo = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: { r: 155, g: 45, b: 32 } },
    })
      .jpeg()
      .toBuffer()
    await page.goto(`${shopUrl}/ja-jp/artisan/products/${product.id}`)
    await page.locator("#photo-files").setInputFiles({ name: "kiln.jpg", mimeType: "image/jpeg", buffer: photo })
    await page.getByRole("button", { name: "アップロード" }).click()
    await page.getByText("写真を更新しました。").waitFor()

    const after = await artisanProduct(makerToken, EDITED)
    expect(after.images).toHaveLength(product.images.length + 1)
    const url = after.images[after.images.length - 1]?.url ?? ""
    const file = basename(new URL(url).pathname)
    await expect(page.locator(".portal-photo img").last().getAttribute("src")).resolves.toBe(url)
    await eventually(async () => {
      const html = await publicPage(`/en-us/products/${EDITED}`)
      if (!html.includes(file)) throw new Error("the product page does not show the new photo")
    }, 5_000)
    const dimensions = await sharp(Buffer.from(await (await fetch(url)).arrayBuffer())).metadata()
    expect(Math.max(dimensions.width ?? 0, dimensions.height ?? 0)).toBeLessThanOrEqual(1600)
  })

  it("marks an order shipped with carrier and tracking number; the shopper's order shows it", async () => {
    const shopper = await registerShopper()
    const ordered = await artisanProduct(makerToken, ORDERED)
    const orderId = await placeOrder(shopper.token, shopper.email, ordered.variant_id)

    await page.goto(`${shopUrl}/ja-jp/artisan`)
    const card = page.locator(`[data-order-id="${orderId}"]`)
    await expect(card.textContent()).resolves.toContain("数量 1")
    await card.getByRole("link", { name: "詳細と発送" }).click()
    await page.waitForURL(`${shopUrl}/ja-jp/artisan/orders/${orderId}`)
    await page.getByLabel("配送業者").selectOption("yamato")
    await page.getByLabel("追跡番号（お問い合わせ番号）").fill("4321-8765-2109")
    await page.getByRole("button", { name: "発送済みにする" }).click()
    await page.locator("[data-order-shipped]").waitFor()
    await expect(page.locator("[data-order-shipped]").textContent()).resolves.toContain("432187652109")

    const { order } = z
      .object({
        order: z.object({
          fulfillment_status: z.string(),
          fulfillments: z.array(z.object({ labels: z.array(z.object({ tracking_number: z.string() })).optional() })),
        }),
      })
      .parse(
        await medusa(`/store/orders/${orderId}?fields=fulfillment_status,*fulfillments,*fulfillments.labels`, {
          token: shopper.token,
          store: true,
        })
      )
    expect(order.fulfillment_status).toBe("shipped")

    await page.goto(`${shopUrl}/ja-jp/artisan`)
    await expect(page.locator(`[data-order-id="${orderId}"]`).count()).resolves.toBe(0)

    // The shopper's account page, signed in with their own session cookie, lists the order as shipped.
    const account = await phone()
    await account.addCookies([
      { name: "ginza_customer", value: shopper.token, domain: new URL(shopUrl).hostname, path: "/" },
    ])
    const shopperPage = await account.newPage()
    await shopperPage.goto(`${shopUrl}/en-us/account`)
    const line = shopperPage.locator("li", { has: shopperPage.locator(`a[href="/en-us/order/${orderId}"]`) })
    await expect(line.textContent()).resolves.toContain("Shipped")
    await account.close()
  })

  it("answers 'not found' for another artisan's product opened by URL", async () => {
    const other = await artisanProduct(await artisanToken(OTHER_MAKER), "ohi-amber-tea-bowl")
    // Streamed after the shell (status 200 with Cache Components), marked noindex.
    await page.goto(`${shopUrl}/ja-jp/artisan/products/${other.id}`)
    await page.getByRole("heading", { name: "見つかりません" }).waitFor()
    await expect(page.locator("#title_en").count()).resolves.toBe(0)
    await expect(page.locator("body").textContent()).resolves.not.toContain(other.title_en)
  })

  it("signs out: the cookie is gone and the portal asks for sign-in again", async () => {
    await page.goto(`${shopUrl}/ja-jp/artisan`)
    await page.getByRole("button", { name: "ログアウト" }).click()
    await page.waitForURL(/\/ja-jp\/artisan\/sign-in/)
    expect((await maker.cookies()).some((c) => c.name === "ginza_artisan_session")).toBe(false)
    await page.goto(`${shopUrl}/ja-jp/artisan`)
    await page.waitForURL(`${shopUrl}/ja-jp/artisan/sign-in`)
  })
})
