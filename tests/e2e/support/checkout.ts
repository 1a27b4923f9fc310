import type { Page } from "playwright-core"

export type UsAddress = { firstName: string; lastName: string; address1: string; city: string; state: string; zip: string }
export type JpAddress = {
  familyName: string
  givenName: string
  postalCode: string
  prefecture: string
  city: string
  address1: string
}

/** Fills the checkout's US address form (English labels). */
export async function fillUsCheckout(page: Page, email: string, address: UsAddress): Promise<void> {
  const form = page.locator("form.checkout")
  await form.getByLabel("Email", { exact: true }).fill(email)
  await form.getByLabel("First name", { exact: true }).fill(address.firstName)
  await form.getByLabel("Last name", { exact: true }).fill(address.lastName)
  await form.getByLabel("Address", { exact: true }).fill(address.address1)
  await form.getByLabel("City", { exact: true }).fill(address.city)
  await form.getByLabel("State", { exact: true }).selectOption(address.state)
  await form.getByLabel("ZIP code", { exact: true }).fill(address.zip)
}

/** Fills the checkout's Japanese address form (Japanese labels, family name first). */
export async function fillJpCheckout(page: Page, email: string, address: JpAddress): Promise<void> {
  const form = page.locator("form.checkout")
  await form.getByLabel("メールアドレス", { exact: true }).fill(email)
  await form.getByLabel("姓", { exact: true }).fill(address.familyName)
  await form.getByLabel("名", { exact: true }).fill(address.givenName)
  await form.getByLabel("郵便番号", { exact: true }).fill(address.postalCode)
  await form.getByLabel("都道府県", { exact: true }).selectOption(address.prefecture)
  await form.getByLabel("市区町村", { exact: true }).fill(address.city)
  await form.getByLabel("町名・番地", { exact: true }).fill(address.address1)
}

/** Presses "place order" and waits for the confirmation page; returns the order number shown ("#12"). */
export async function placeOrder(page: Page, button: RegExp): Promise<string> {
  await page.getByRole("button", { name: button }).click()
  await page.waitForURL(/\/order\/order_[A-Za-z0-9]+$/)
  const number = page.getByTestId("order-number")
  await number.waitFor()
  return (await number.innerText()).trim()
}
