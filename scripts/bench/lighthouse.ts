import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"

export type LighthouseResult = {
  url: string
  performance: number | null
  lcpMs: number | null
  fcpMs: number | null
  tbtMs: number | null
  cls: number | null
  /** Every run's score, when several were made. */
  runs?: Array<number | null>
}

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium"

/** The run whose performance score is the median (Lighthouse's advice for variable machines). */
function medianRun(runs: LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1))
  return { ...sorted[Math.floor(sorted.length / 2)]!, runs: runs.map((run) => run.performance) }
}

/**
 * Lighthouse 12, its default mobile profile (simulated slow 4G, mid-range phone), performance only.
 * Each page is measured `runs` times and the median run reported: on a 2-core machine one run's
 * main-thread timings (scaled 4x by the simulation) vary by tens of points.
 */
export async function lighthouseMobile(urls: string[], runs = 3): Promise<LighthouseResult[]> {
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
      const measured: LighthouseResult[] = []
      for (let run = 0; run < runs; run++) measured.push(await measure(chrome.port, url))
      results.push(medianRun(measured))
    }
  } finally {
    chrome.kill()
  }
  return results
}

async function measure(port: number, url: string): Promise<LighthouseResult> {
  const runner = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  })
  const lhr = runner?.lhr
  const audit = (id: string) => lhr?.audits[id]?.numericValue ?? null
  return {
    url,
    performance: lhr?.categories.performance?.score != null ? Math.round(lhr.categories.performance.score * 100) : null,
    lcpMs: audit("largest-contentful-paint"),
    fcpMs: audit("first-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
  }
}
