import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import pg from "pg"
import { repoRoot } from "../stack/paths.ts"
import { freePort } from "../stack/ports.ts"
import { startStack, type RunningStack } from "../stack/stack.ts"
import { startCountingProxy, type CountingProxy } from "./counting-proxy.ts"
import { firstLoadJs } from "./first-load-js.ts"
import { load, type LoadResult } from "./load.ts"
import { lighthouseMobile, type LighthouseResult } from "./lighthouse.ts"
import { startReferenceApp } from "./reference.ts"

/**
 * `npm run bench`: the production shop on embedded defaults (built, seeded, served by `next start`),
 * measured from this machine:
 * 1. autocannon, 20 s at 20 then 50 connections, on the home and a product page (cache warm);
 * 2. requests that reached Medusa (a counting proxy sits between the shop and Medusa) and
 *    transactions in Medusa's database during those runs;
 * 3. first-load JavaScript of the product page (gzip);
 * 4. Lighthouse 12 mobile performance and LCP of the home, product and story pages (median of 3 runs).
 * 5. The same measures of a reference: a bare App Router page of the same Next.js, built and served
 *    next to the shop (scripts/bench/reference-app). It shows what this machine gives any cached
 *    Next.js page; the targets assume a machine where that page serves ~2,500 req/s.
 * Prints a table and writes .cache/bench/results.json.
 */

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const CONNECTIONS = [20, 50]
const PAGES = {
  home: "/en-us",
  product: "/en-us/products/kutani-gosai-plate",
  story: "/en-us/stories/the-five-colours-of-kutani",
} as const
const TARGETS = { requestsPerSecond: 1200, latencyP99: 50, firstLoadJsKb: 150, lighthouse: 98, lcpMs: 1200 }

async function medusaTransactions(databaseUrl: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    await client.connect()
    const { rows } = await client.query<{ n: string }>(
      "select (xact_commit + xact_rollback)::text as n from pg_stat_database where datname = current_database()"
    )
    return rows[0] ? Number(rows[0].n) : null
  } catch (error) {
    console.error("could not read pg_stat_database:", error)
    return null
  } finally {
    await client.end().catch(() => {})
  }
}

async function warm(url: string) {
  let html = ""
  for (let i = 0; i < 5; i++) {
    const response = await fetch(url)
    html = await response.text()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} while warming the cache`)
  }
  // Resized images are made on first request by Next's optimizer: make them before Lighthouse.
  const candidates = [...html.matchAll(/(?:srcset|imageSrcSet)="([^"]+)"/gi)].flatMap((m) =>
    m[1]!.split(",").map((c) => c.trim().split(/\s+/)[0]!.replace(/&amp;/g, "&"))
  )
  for (const source of [...new Set(candidates)].slice(0, 80)) {
    for (const accept of ["image/avif,image/webp,*/*", "image/webp,*/*"]) {
      await fetch(new URL(source, url), { headers: { accept } }).then((r) => r.arrayBuffer()).catch(() => {})
    }
  }
}

function table(rows: Array<Record<string, string | number>>) {
  const columns = Object.keys(rows[0] ?? {})
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)))
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ")
  console.log(line(columns))
  console.log(line(widths.map((w) => "-".repeat(w))))
  for (const row of rows) console.log(line(columns.map((c) => String(row[c]))))
}

/** BENCH_SHOP_URL measures a shop that already runs (nothing is built or started, Medusa is not counted). */
const externalShop = process.env.BENCH_SHOP_URL?.replace(/\/+$/, "")

async function main() {
  if (externalShop) return measure(externalShop, null, null)
  const dataDir = join(repoRoot, ".data", "bench")
  const [medusaPort, proxyPort, storefrontPort] = [await freePort(), await freePort(), await freePort()]
  const proxy: CountingProxy = await startCountingProxy(proxyPort, medusaPort)
  const environment: NodeJS.ProcessEnv = { ...process.env }
  for (const name of ["DATABASE_URL", "REDIS_URL", "PAYLOAD_DATABASE_URI", "SITE_URL", "NODE_OPTIONS"]) {
    delete environment[name]
  }
  environment.MEDUSA_BACKEND_URL = proxy.url

  let stack: RunningStack | undefined
  try {
    console.log("• building and starting the production stack (embedded PostgreSQL, Medusa, storefront)")
    stack = await startStack({
      dataDir,
      mode: "production",
      medusaPort,
      storefrontPort,
      admin: false,
      echo: false,
      environment,
      onStage: (stage) => console.log(`  ${stage}`),
    })
    await measure(stack.shopUrl, proxy, stack.databaseUrl)
  } finally {
    await stack?.stop()
    await proxy.close()
  }
}

async function measure(shopUrl: string, proxy: CountingProxy | null, databaseUrl: string | null) {
  {
    const url = (path: string) => `${shopUrl}${path}`

    console.log("• warming the cache")
    for (const path of Object.values(PAGES)) await warm(url(path))

    console.log(`• load: ${SECONDS} s per run at ${CONNECTIONS.join(" then ")} connections`)
    proxy?.reset()
    const transactionsBefore = databaseUrl ? await medusaTransactions(databaseUrl) : null
    const loads: Array<LoadResult & { page: string }> = []
    for (const page of ["home", "product"] as const) {
      for (const connections of CONNECTIONS) {
        const result = await load(url(PAGES[page]), connections, SECONDS)
        loads.push({ page, ...result })
        console.log(`  ${page} @${connections}: ${result.requestsPerSecond} req/s, p99 ${result.latencyP99} ms`)
      }
    }
    const transactionsAfter = databaseUrl ? await medusaTransactions(databaseUrl) : null
    const medusaRequests = proxy ? proxy.total() : "n/a"
    const medusaRequestPaths = proxy ? Object.fromEntries(proxy.counts()) : {}
    // The two pg_stat reads are transactions of their own.
    const databaseTransactions =
      transactionsBefore !== null && transactionsAfter !== null ? transactionsAfter - transactionsBefore - 1 : null

    console.log("• first-load JavaScript of the product page")
    const js = await firstLoadJs(url(PAGES.product))

    console.log("• Lighthouse 12, mobile")
    const lighthouse = await lighthouseMobile(Object.values(PAGES).map(url))

    console.log("• reference: a bare Next.js page of the same versions, on this machine")
    const reference = await measureReference()

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import("node:os")).cpus().length,
      targets: TARGETS,
      load: loads,
      medusa: { requestsDuringLoad: medusaRequests, paths: medusaRequestPaths, databaseTransactionsDuringLoad: databaseTransactions },
      firstLoadJs: { productPage: { ...js, gzipKb: Math.round((js.gzipBytes / 1024) * 10) / 10 } },
      lighthouse,
      reference,
    }

    console.log("")
    table(
      loads.map((r) => ({
        page: r.page,
        connections: r.connections,
        "req/s": r.requestsPerSecond,
        "p50 ms": r.latencyP50,
        "p99 ms": r.latencyP99,
        non2xx: r.non2xx,
        errors: r.errors,
        target: r.connections === 20 ? `≥${TARGETS.requestsPerSecond} req/s, p99 ≤${TARGETS.latencyP99} ms` : "-",
      }))
    )
    if (reference) {
      console.log(
        `  reference page @20: ${reference.load.requestsPerSecond} req/s, p99 ${reference.load.latencyP99} ms` +
          ` (a static file: ${reference.staticFile.requestsPerSecond} req/s)`
      )
    }
    console.log("")
    table([
      { measure: "requests reaching Medusa during load", value: medusaRequests, target: 0 },
      { measure: "Medusa DB transactions during load", value: databaseTransactions ?? "n/a", target: "0 from the shop" },
      { measure: "product page first-load JS (gzip KB)", value: results.firstLoadJs.productPage.gzipKb, target: `≤${TARGETS.firstLoadJsKb}` },
    ])
    console.log("")
    table(
      lighthouse.map((r) => ({
        page: r.url.replace(shopUrl, ""),
        performance: r.performance ?? "n/a",
        "LCP ms": r.lcpMs !== null ? Math.round(r.lcpMs) : "n/a",
        "FCP ms": r.fcpMs !== null ? Math.round(r.fcpMs) : "n/a",
        "TBT ms": r.tbtMs !== null ? Math.round(r.tbtMs) : "n/a",
        CLS: r.cls !== null ? Math.round(r.cls * 1000) / 1000 : "n/a",
        runs: r.runs?.join(" ") ?? "-",
        target: `≥${TARGETS.lighthouse}, LCP ≤${TARGETS.lcpMs}`,
      }))
    )
    if (reference) {
      const r = reference.lighthouse
      console.log(
        `  reference page: first-load JS ${reference.firstLoadJsKb} KB, Lighthouse ${r.performance ?? "n/a"}` +
          ` (LCP ${r.lcpMs !== null ? Math.round(r.lcpMs) : "n/a"} ms, TBT ${r.tbtMs !== null ? Math.round(r.tbtMs) : "n/a"} ms)`
      )
    }
    const outDir = join(repoRoot, ".cache", "bench")
    mkdirSync(outDir, { recursive: true })
    writeFileSync(join(outDir, "results.json"), JSON.stringify(results, null, 2) + "\n")
    console.log(`\nwrote ${join(".cache", "bench", "results.json")}`)
  }
}

type Reference = {
  load: LoadResult
  staticFile: LoadResult
  firstLoadJsKb: number
  lighthouse: LighthouseResult
}

/** The reference page's numbers; null (with the reason printed) if it cannot be built here. */
async function measureReference(): Promise<Reference | null> {
  let app: Awaited<ReturnType<typeof startReferenceApp>> | undefined
  try {
    app = await startReferenceApp(join(repoRoot, ".cache", "bench", "logs"))
    const html = await (await fetch(app.url)).text()
    const script = /<script[^>]*\ssrc="([^"]+)"/.exec(html)?.[1]
    for (let i = 0; i < 5; i++) await fetch(app.url).then((r) => r.arrayBuffer())
    const loaded = await load(app.url, 20, SECONDS)
    const staticFile = script ? await load(new URL(script, app.url).toString(), 20, Math.min(SECONDS, 10)) : loaded
    const js = await firstLoadJs(app.url)
    const [lighthouse] = await lighthouseMobile([app.url])
    return { load: loaded, staticFile, firstLoadJsKb: Math.round((js.gzipBytes / 1024) * 10) / 10, lighthouse: lighthouse! }
  } catch (error) {
    console.error("  the reference page could not be measured:", error instanceof Error ? error.message : error)
    return null
  } finally {
    await app?.stop()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
