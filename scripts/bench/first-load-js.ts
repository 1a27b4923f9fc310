import { gzipSync } from "node:zlib"

/**
 * First-load JavaScript of a page: every `<script src>` of its HTML that a current browser loads,
 * fetched and gzipped (level 9, as a CDN would serve it), summed. `<script nomodule>` (Next's
 * polyfills for browsers without ES modules, ~39 KB gzip) is skipped: browsers that run modules
 * never download it.
 */
export async function firstLoadJs(pageUrl: string): Promise<{ gzipBytes: number; rawBytes: number; files: number }> {
  const html = await (await fetch(pageUrl)).text()
  const tags = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0])
  const loaded = tags.filter((tag) => !/\snomodule\b/i.test(tag))
  const sources = [
    ...new Set(
      loaded.flatMap((tag) => {
        const src = /\ssrc="([^"]+)"/.exec(tag)?.[1]
        return src ? [src.replace(/&amp;/g, "&")] : []
      })
    ),
  ]
  let gzipBytes = 0
  let rawBytes = 0
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, pageUrl))).arrayBuffer())
    rawBytes += body.length
    gzipBytes += gzipSync(body, { level: 9 }).length
  }
  return { gzipBytes, rawBytes, files: sources.length }
}
