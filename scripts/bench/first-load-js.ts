import { gzipSync } from "node:zlib"

/**
 * First-load JavaScript of a page: every `<script src>` of its HTML, fetched and gzipped
 * (level 9, as a CDN would serve it), summed.
 */
export async function firstLoadJs(pageUrl: string): Promise<{ gzipBytes: number; rawBytes: number; files: number }> {
  const html = await (await fetch(pageUrl)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))]
  let gzipBytes = 0
  let rawBytes = 0
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, pageUrl))).arrayBuffer())
    rawBytes += body.length
    gzipBytes += gzipSync(body, { level: 9 }).length
  }
  return { gzipBytes, rawBytes, files: sources.length }
}
