import { afterAll, beforeAll, describe, expect, it } from "@jest/globals"
import { existsSync } from "node:fs"
import { join } from "node:path"
import type { Browser } from "playwright-core"
import { stackInfo } from "../support/stack-info.ts"
import { artifactsDir, launchBrowser, newShopper, screenshot } from "./support/browser.ts"
import { addToCart, heading } from "./support/shop.ts"

const { shopUrl } = stackInfo()
const WIDTHS = [390, 1280] as const

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe("screenshots for review (tests/e2e/artifacts/, not committed)", () => {
  it.each(WIDTHS)(
    "home, product, story and checkout at %i px",
    async (width) => {
      const { context, page } = await newShopper(browser, shopUrl, { width, height: width < 600 ? 844 : 900 })
      try {
        await page.goto("/en-us")
        await heading(page)
        await screenshot(page, `home-${width}`)

        await page.goto("/ja-jp/products/kutani-gosai-plate")
        await heading(page)
        await screenshot(page, `product-${width}`)

        await page.goto("/en-us/stories/the-five-colours-of-kutani")
        await heading(page)
        await screenshot(page, `story-${width}`)

        await page.goto("/ja-jp/products/kutani-akae-teacup")
        await heading(page)
        await addToCart(page, /^カートに入れる$/, "カートに追加しました。")
        await page.goto("/ja-jp/checkout")
        await page.locator("form.checkout").waitFor()
        await screenshot(page, `checkout-${width}`)

        for (const name of ["home", "product", "story", "checkout"]) {
          expect(existsSync(join(artifactsDir, `${name}-${width}.png`))).toBe(true)
        }
      } finally {
        await context.close()
      }
    },
    300_000
  )
})
