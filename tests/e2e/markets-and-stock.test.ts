import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import type { Browser } from "playwright-core"
import { stackInfo } from "../support/stack-info.ts"
import { launchBrowser, newShopper, uniqueEmail } from "./support/browser.ts"
import { fillUsCheckout, placeOrder } from "./support/checkout.ts"
import { addToCart, currencies, heading, pricesOnPage } from "./support/shop.ts"

const { shopUrl } = stackInfo()
const LONG = 300_000
/** A one-of-a-kind piece (stock 1) no other browser test buys. */
const UNIQUE_PIECE = "/products/ohi-water-jar"

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const address = {
  firstName: "Noah",
  lastName: "Tanaka",
  address1: "1 Market Street",
  city: "San Francisco",
  state: "CA",
  zip: "94105",
}

describe("markets, stock and errors, in a real browser", () => {
  it(
    "switching the market changes every price on the product page and in the cart",
    async () => {
      const { context, page } = await newShopper(browser, shopUrl)
      try {
        await page.goto("/en-us/products/kutani-gosai-plate")
        await heading(page)
        expect(currencies(await pricesOnPage(page))).toEqual(["USD"])
        await addToCart(page, /^Add to cart$/, "Added to your cart.")

        await page.goto("/en-us/cart")
        await page.getByRole("link", { name: "Check out" }).waitFor()
        expect(await page.locator("main").first().innerText()).toContain("$260.00")
        expect(currencies(await pricesOnPage(page))).toEqual(["USD"])

        // Same shopper, same cart, now in the euro market.
        await page.goto("/en-de/products/kutani-gosai-plate")
        await heading(page)
        expect(await page.locator("main").first().innerText()).toContain("€240.00")
        expect(currencies(await pricesOnPage(page))).toEqual(["EUR"])

        await page.goto("/en-de/cart")
        await page.getByRole("link", { name: "Check out" }).waitFor()
        const euroCart = await page.locator("main").first().innerText()
        expect(euroCart).toContain("€240.00")
        expect(euroCart).not.toContain("$")
        expect(currencies(await pricesOnPage(page))).toEqual(["EUR"])

        // And in yen, in Japanese.
        await page.goto("/ja-jp/cart")
        await page.getByRole("link", { name: "ご注文手続きへ" }).waitFor()
        const yenCart = await page.locator("main").first().innerText()
        expect(yenCart).toMatch(/[¥￥]38,500/)
        expect(currencies(await pricesOnPage(page))).toEqual(["JPY"])
      } finally {
        await context.close()
      }
    },
    LONG
  )

  it(
    'a one-of-a-kind piece bought by one shopper shows "Sold" to the next and cannot be bought again',
    async () => {
      const first = await newShopper(browser, shopUrl)
      const second = await newShopper(browser, shopUrl)
      try {
        // Both put the piece in their cart while it is still available.
        for (const { page } of [first, second]) {
          await page.goto(`/en-us${UNIQUE_PIECE}`)
          await heading(page)
          await expect(page.locator("[data-stock-state]").first().innerText()).resolves.toBe("One of a kind")
          await addToCart(page, /^Add to cart$/, "Added to your cart.")
        }

        await first.page.goto("/en-us/checkout")
        await fillUsCheckout(first.page, uniqueEmail("first"), address)
        await placeOrder(first.page, /^Place order$/)

        // The next shopper sees it sold, with no way to add it.
        await second.page.goto(`/en-us${UNIQUE_PIECE}`)
        await second.page.locator("[data-stock-state]").filter({ hasText: /^Sold$/ }).first().waitFor()
        await expect(second.page.getByRole("button", { name: /^Add to cart$/ }).count()).resolves.toBe(0)
        await expect(second.page.getByRole("button", { name: /^Sold$/ }).first().isDisabled()).resolves.toBe(true)

        // The piece still in their cart cannot be checked out.
        await second.page.goto("/en-us/checkout")
        await fillUsCheckout(second.page, uniqueEmail("second"), { ...address, firstName: "Mia" })
        await second.page.getByRole("button", { name: /^Place order$/ }).click()
        await second.page.getByRole("alert").filter({ hasText: "has just been sold" }).waitFor()
        expect(second.page.url()).toMatch(/\/en-us\/checkout$/)
      } finally {
        await first.context.close()
        await second.context.close()
      }
    },
    LONG
  )

  it("answers 404 for an unknown product, with a page in the shopper's language", async () => {
    const { context, page } = await newShopper(browser, shopUrl)
    try {
      const response = await page.goto("/en-us/products/no-such-piece")
      expect(response?.status()).toBe(404)
      await page.getByText("Page not found").first().waitFor()
    } finally {
      await context.close()
    }
  }, LONG)

  it("lists both languages in the sitemap", async () => {
    const response = await fetch(`${shopUrl}/sitemap.xml`)
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(xml).toContain(`/ja-jp/products/kutani-gosai-plate`)
    expect(xml).toContain(`/en-us/products/kutani-gosai-plate`)
    expect(xml).toMatch(/\/ja-jp\/stories\/[a-z0-9-]+/)
    expect(xml).toMatch(/\/en-us\/stories\/[a-z0-9-]+/)
  }, LONG)
})
