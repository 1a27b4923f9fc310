import type { Page } from "playwright-core"

/** Waits until the page's main heading is visible, and returns its text. */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator("main h1").first()
  await h1.waitFor()
  return (await h1.innerText()).trim()
}

/** Presses the product page's (first) add-to-cart button and waits for the confirmation. */
export async function addToCart(page: Page, button: RegExp, added: string): Promise<void> {
  await page.getByRole("button", { name: button }).first().click()
  await page.getByText(added).first().waitFor()
}

/** Every `<data value="amount CURRENCY">` price inside <main>: what the shopper reads as prices. */
export async function pricesOnPage(page: Page): Promise<string[]> {
  return page.locator("main data[value]").evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute("value") ?? "")
  )
}

export function currencies(values: string[]): string[] {
  return [...new Set(values.map((value) => value.split(" ")[1] ?? "?"))]
}
