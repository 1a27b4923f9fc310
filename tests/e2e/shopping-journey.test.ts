import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import type { Browser } from "playwright-core"
import { stackInfo } from "../support/stack-info.ts"
import { launchBrowser, newShopper, screenshot, uniqueEmail } from "./support/browser.ts"
import { fillJpCheckout, fillUsCheckout, placeOrder } from "./support/checkout.ts"
import { addToCart, heading } from "./support/shop.ts"

const { shopUrl } = stackInfo()
const LONG = 300_000

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("buying in the shop, in a real browser", () => {
  it(
    "en/USD: finds a Kutani plate by search, reads its maker's story, buys it, then sees the order in a new account",
    async () => {
      const { context, page } = await newShopper(browser, shopUrl)
      try {
        await page.goto("/en-us/search?q=Kutani%20plate")
        await page.locator("main").getByRole("link", { name: /Kutani Gosai Plate/ }).first().click()
        await page.waitForURL(/\/en-us\/products\/kutani-gosai-plate$/)
        expect(await heading(page)).toBe("Kutani Gosai Plate")
        await expect(page.locator("main").first().innerText()).resolves.toContain("$260.00")

        // The maker's story, then back to the piece.
        await page.locator("section[aria-labelledby='stories-heading'] a[href*='/stories/']").first().click()
        await page.waitForURL(/\/en-us\/stories\/[a-z0-9-]+$/)
        expect((await heading(page)).length).toBeGreaterThan(3)
        await page.goBack()
        await page.waitForURL(/\/products\/kutani-gosai-plate$/)

        await addToCart(page, /^Add to cart$/, "Added to your cart.")
        // The header's count (loaded in the browser) follows.
        await page.getByTestId("cart-count").filter({ hasText: /^1$/ }).first().waitFor({ state: "attached" })
        // Adding opens the cart drawer (a modal dialog): check out from there, as a shopper would.
        await page.locator("dialog.cart-drawer[open]").getByRole("link", { name: "Check out" }).click()
        await page.waitForURL(/\/en-us\/checkout$/)
        const email = uniqueEmail("plate")
        await fillUsCheckout(page, email, {
          firstName: "Emma",
          lastName: "Clarke",
          address1: "350 Fifth Avenue",
          city: "New York",
          state: "NY",
          zip: "10118",
        })
        const form = page.locator("form.checkout")
        await expect(form.getByRole("radio").first().isChecked()).resolves.toBe(true)
        await expect(form.innerText()).resolves.toMatch(/\$\d+\.\d\d/) // delivery priced in dollars
        await form.getByLabel(/Create an account/).check()
        await form.getByLabel(/^Password/).fill("gosai-plate-2026")
        const number = await placeOrder(page, /^Place order$/)

        expect(await heading(page)).toBe("Thank you for your order")
        const confirmation = await page.locator("main").first().innerText()
        expect(confirmation).toContain("Kutani Gosai Plate")
        expect(confirmation).toContain("$260.00")
        expect(confirmation).toContain("New York")

        await page.goto("/en-us/account")
        await page.getByRole("heading", { name: "Your orders" }).waitFor()
        const account = await page.locator("main").first().innerText()
        expect(account).toContain("Welcome, Emma Clarke")
        expect(account).toContain(number)
        expect(account).toContain("Kutani Gosai Plate")
      } finally {
        await context.close()
      }
    },
    LONG
  )

  it(
    "ja/JPY: a guest buys a lacquer piece with noshi wrapping (a mistyped postal code keeps the form filled) and finds the order again by email + number",
    async () => {
      const email = uniqueEmail("urushi")
      let number = ""
      let orderId = ""
      {
        const { context, page } = await newShopper(browser, shopUrl, { width: 390, height: 844 })
        try {
          await page.goto("/ja-jp/products/kanazawa-maki-e-bowl")
          expect(await heading(page)).toBe("蒔絵 吸物椀")
          await addToCart(page, /^カートに入れる$/, "カートに追加しました。")
          await page.locator("dialog.cart-drawer[open]").getByRole("link", { name: "ご注文手続きへ" }).click()
          await page.waitForURL(/\/ja-jp\/checkout$/)
          // A postal code one digit short first: refused, and nothing typed or chosen is lost.
          await fillJpCheckout(page, email, {
            familyName: "金沢",
            givenName: "花子",
            postalCode: "104-006",
            prefecture: "東京都",
            city: "中央区",
            address1: "銀座2-2-1",
          })
          const form = page.locator("form.checkout")
          await form.getByLabel("包装", { exact: true }).selectOption("standard")
          await form.getByLabel("のしを付ける").check()
          await form.getByLabel("表書き・用途").selectOption("celebration")
          await form.getByLabel("水引").selectOption("chouchou")
          await form.getByLabel("のしに入れるお名前").fill("金沢")
          await form.getByLabel("納品書に金額を記載しない").check()
          await expect(form.innerText()).resolves.toMatch(/[¥￥][\d,]+/)
          await page.getByRole("button", { name: /^注文を確定する$/ }).click()
          await page.getByRole("alert").filter({ hasText: "入力内容をご確認ください。" }).waitFor()
          expect(page.url()).toMatch(/\/ja-jp\/checkout$/)
          const kept = {
            email: await form.getByLabel("メールアドレス", { exact: true }).inputValue(),
            familyName: await form.getByLabel("姓", { exact: true }).inputValue(),
            givenName: await form.getByLabel("名", { exact: true }).inputValue(),
            postalCode: await form.getByLabel("郵便番号", { exact: true }).inputValue(),
            prefecture: await form.getByLabel("都道府県", { exact: true }).inputValue(),
            city: await form.getByLabel("市区町村", { exact: true }).inputValue(),
            address1: await form.getByLabel("町名・番地", { exact: true }).inputValue(),
            wrapping: await form.getByLabel("包装", { exact: true }).inputValue(),
            noshi: await form.getByLabel("のしを付ける").isChecked(),
            purpose: await form.getByLabel("表書き・用途").inputValue(),
            knot: await form.getByLabel("水引").inputValue(),
            giverName: await form.getByLabel("のしに入れるお名前").inputValue(),
            hidePrices: await form.getByLabel("納品書に金額を記載しない").isChecked(),
          }
          expect(kept).toEqual({
            email,
            familyName: "金沢",
            givenName: "花子",
            postalCode: "104-006",
            prefecture: "東京都",
            city: "中央区",
            address1: "銀座2-2-1",
            wrapping: "standard",
            noshi: true,
            purpose: "celebration",
            knot: "chouchou",
            giverName: "金沢",
            hidePrices: true,
          })
          await expect(
            form.getByLabel("郵便番号", { exact: true }).getAttribute("aria-invalid")
          ).resolves.toBe("true")
          await form.getByLabel("郵便番号", { exact: true }).fill("104-0061")
          number = await placeOrder(page, /^注文を確定する$/)
          orderId = new URL(page.url()).pathname.split("/").pop() ?? ""
          // The short number Medusa shows everywhere ("#12"), prominent under the thanks.
          expect(number).toMatch(/^#\d+$/)
          expect(await heading(page)).toBe("ご注文ありがとうございます")
          const confirmation = await page.locator("main").first().innerText()
          expect(confirmation).toContain("蒔絵 吸物椀")
          expect(confirmation).toContain("ギフト包装")
          expect(confirmation).toContain("のし: お祝い (金沢)")
          expect(confirmation).toContain("〒104-0061")
          expect(confirmation).toMatch(/[¥￥][\d,]+/)
          expect(confirmation).toContain(`注文番号 ${number}`)
        } finally {
          await context.close()
        }
      }

      // Another browser (no cookies): the order's page shows nothing; a wrong email finds nothing,
      // the right one finds the order by its short number, typed as "12" or "#12".
      const { context, page } = await newShopper(browser, shopUrl)
      try {
        expect(orderId).toMatch(/^order_[A-Za-z0-9]+$/)
        await page.goto(`/ja-jp/order/${orderId}`)
        await expect(page.locator("main").first().innerText()).resolves.not.toContain("蒔絵 吸物椀")

        await page.goto("/ja-jp/order/lookup")
        const form = page.locator("main form")
        await form.getByLabel("メールアドレス").fill(uniqueEmail("someone-else"))
        await form.getByLabel("注文番号").fill(number.replace("#", ""))
        await form.getByRole("button", { name: "注文を確認する" }).click()
        await page.getByRole("alert").filter({ hasText: "見つかりませんでした" }).waitFor()
        await expect(form.getByLabel("注文番号").inputValue()).resolves.toBe(number.replace("#", ""))

        await form.getByLabel("メールアドレス").fill(email.toUpperCase())
        await form.getByLabel("注文番号").fill(number)
        await form.getByRole("button", { name: "注文を確認する" }).click()
        await page.waitForURL(/\/ja-jp\/order\/order_[A-Za-z0-9]+$/)
        expect(new URL(page.url()).pathname).toBe(`/ja-jp/order/${orderId}`)
        await expect(page.getByTestId("order-number").innerText()).resolves.toBe(number)
        const found = await page.locator("main").first().innerText()
        expect(found).toContain(`注文番号 ${number}`)
        expect(found).toContain("蒔絵 吸物椀")
        expect(found).toContain("のし: お祝い (金沢)")
      } finally {
        await context.close()
      }
    },
    LONG
  )
})
