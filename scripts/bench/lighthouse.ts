import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

export type LighthouseResult = {
  url: string
  performance: number | null
  lcpMs: number | null
  fcpMs: number | null
  tbtMs: number | null
  cls: number | null
}

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium"

/** Lighthouse 12, its default mobile profile (simulated slow 4G, mid-range phone), performance only. */
export async function lighthouseMobile(urls: string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  })
  const results: LighthouseResult[] = []
  try {
    for (const url of urls) {
      const runner = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
      })
      const lhr = runner?.lhr
      const audit = (id: string) => lhr?.audits[id]?.numericValue ?? null
      results.push({
        url,
        performance: lhr?.categories.performance?.score != null ? Math.round(lhr.categories.performance.score * 100) : null,
        lcpMs: audit("largest-contentful-paint"),
        fcpMs: audit("first-contentful-paint"),
        tbtMs: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
      })
    }
  } finally {
    chrome.kill()
  }
  return results
}
