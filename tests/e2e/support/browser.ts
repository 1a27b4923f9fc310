import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { repoRoot } from "../../../scripts/stack/paths.ts"

/** Debian's chromium, never a downloaded browser (see shared FACTS). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

export const artifactsDir = join(repoRoot, "tests", "e2e", "artifacts")

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
  })
}

/** A fresh shopper: own cookies, a phone or desktop viewport. */
export async function newShopper(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 }
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, locale: "en-US" })
  // Generous: the first request of each page renders it (production server, busy 2-core machine).
  context.setDefaultTimeout(60_000)
  context.setDefaultNavigationTimeout(Number(process.env.E2E_NAV_TIMEOUT ?? 90_000))
  const page = await context.newPage()
  return { context, page }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true })
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true })
}

/** A unique email per run, so registrations never collide with an earlier run's. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`
}
