/**
 * Draws the seed's product images: one 800×800 WebP per product, an abstract study in the
 * palette and motif of its craft (no photographs ship with the repository). Run once after
 * adding a product, then commit the files:
 *   cd store && npx ts-node --transpile-only src/scripts/seed/images/generate.ts
 */
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import sharp from "sharp"
import type { CraftSlug } from "../../../lib/craft-attributes"
import { crafts } from "../data/crafts"
import { products } from "../data/products"

const SIZE = 800

/** A number in [0, 1) from the handle, so every product's drawing differs a little but stays stable. */
function seeded(handle: string, salt: number): number {
  let h = 2166136261 ^ salt
  for (const ch of handle) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  return ((h >>> 0) % 10000) / 10000
}

type Motif = (r: (salt: number) => number) => { background: string; art: string; ink: string }

const gosai = ["#2e6b3f", "#d9a520", "#5b3a6e", "#1f3464", "#b0302a"]
const kagaGosai = ["#8e2c3a", "#2c4a6e", "#b7872f", "#4f6b3a", "#5e3d6b"]

const motifs: Record<CraftSlug, Motif> = {
  kutani: (r) => ({
    background: "#f3efe4",
    ink: "#1f3464",
    art: gosai
      .map((c, i) => `<circle cx="400" cy="360" r="${250 - i * 42}" fill="none" stroke="${c}" stroke-width="30" stroke-dasharray="${60 + r(i) * 200} ${20 + r(i + 9) * 40}" transform="rotate(${r(i + 3) * 360} 400 360)"/>`)
      .join("") + `<circle cx="400" cy="360" r="48" fill="#b0302a"/>`,
  }),
  ohi: (r) => ({
    background: "#f1e6d2",
    ink: "#5a3412",
    art: `<defs><radialGradient id="g" cx="50%" cy="30%" r="70%"><stop offset="0" stop-color="#d89a3e"/><stop offset="0.7" stop-color="#a5621c"/><stop offset="1" stop-color="#5a3412"/></radialGradient></defs>
      <path d="M160 250 Q${170 + r(1) * 30} 540 400 ${540 + r(2) * 30} Q${630 - r(3) * 30} 540 640 250 Z" fill="url(#g)"/>
      <ellipse cx="400" cy="250" rx="240" ry="${34 + r(4) * 12}" fill="#7a4416"/>
      <path d="M220 300 Q300 ${330 + r(5) * 60} 380 310" stroke="#e8b768" stroke-width="10" fill="none" opacity="0.6"/>`,
  }),
  lacquer: (r) => ({
    background: "#141212",
    ink: "#d4af37",
    art: `<circle cx="400" cy="340" r="230" fill="#9c2a1e"/><circle cx="400" cy="340" r="205" fill="#141212"/>` +
      Array.from({ length: 9 }, (_, i) => {
        const x = 250 + i * 38 + r(i) * 20
        return `<path d="M${x} 520 Q${x + 30 - r(i + 20) * 60} ${380 - r(i + 40) * 120} ${x + r(i + 60) * 80 - 20} ${260 + r(i + 80) * 60}" stroke="#d4af37" stroke-width="5" fill="none"/>`
      }).join(""),
  }),
  "gold-leaf": (r) => ({
    background: "#2a2320",
    ink: "#f0d68a",
    art: Array.from({ length: 16 }, (_, i) => {
      const x = 160 + (i % 4) * 122
      const y = 110 + Math.floor(i / 4) * 122
      const tone = ["#d4af37", "#e2c15b", "#c99a2e", "#efd27a"][Math.floor(r(i) * 4)]
      return `<rect x="${x}" y="${y}" width="120" height="120" fill="${tone}" opacity="${0.85 + r(i + 30) * 0.15}"/>`
    }).join(""),
  }),
  "kaga-yuzen": (r) => ({
    background: "#f5efe6",
    ink: "#5e3d6b",
    art: kagaGosai
      .map((c, i) => {
        const cx = 230 + r(i) * 340
        const cy = 180 + r(i + 10) * 300
        const rot = r(i + 20) * 360
        return `<g transform="rotate(${rot} ${cx} ${cy})"><path d="M${cx} ${cy - 110} Q${cx + 90} ${cy} ${cx} ${cy + 110} Q${cx - 90} ${cy} ${cx} ${cy - 110} Z" fill="${c}" opacity="0.9"/><line x1="${cx}" y1="${cy - 100}" x2="${cx}" y2="${cy + 100}" stroke="#f5efe6" stroke-width="3"/></g>`
      })
      .join("") + `<circle cx="${300 + r(50) * 200}" cy="${300 + r(51) * 120}" r="14" fill="#f5efe6"/>`,
  }),
  "kaga-embroidery": (r) => ({
    background: "#1c2333",
    ink: "#e6c76a",
    art: Array.from({ length: 12 }, (_, i) => {
      const a = (i / 12) * Math.PI * 2 + r(1)
      const x = 400 + Math.cos(a) * 150
      const y = 340 + Math.sin(a) * 150
      const color = i % 3 === 0 ? "#e6c76a" : i % 3 === 1 ? "#c2455a" : "#f0e6d8"
      return `<ellipse cx="${x}" cy="${y}" rx="95" ry="38" transform="rotate(${(a * 180) / Math.PI} ${x} ${y})" fill="none" stroke="${color}" stroke-width="6" stroke-dasharray="14 6"/>`
    }).join("") + `<circle cx="400" cy="340" r="40" fill="#e6c76a"/>`,
  }),
  mizuhiki: (r) => ({
    background: "#fbf8f2",
    ink: "#b3282d",
    art: ["#b3282d", "#d4af37", "#c9c9c9"]
      .map((c, i) => {
        const o = i * 18
        const w = 150 + r(i) * 40
        return `<path d="M${250 - o} 520 C ${150 - o} 300, ${400 - w} 140, 400 ${250 + o} C ${400 + w} 140, ${650 + o} 300, ${550 + o} 520 C ${480} 420, ${320} 420, ${250 - o} 520 Z" fill="none" stroke="${c}" stroke-width="10"/>`
      })
      .join(""),
  }),
  kiri: (r) => ({
    background: "#dcc7a1",
    ink: "#3b2a1a",
    art: Array.from({ length: 22 }, (_, i) => {
      const y = 60 + i * 26 + r(i) * 10
      return `<path d="M80 ${y} Q400 ${y + (r(i + 40) - 0.5) * 60} 720 ${y + (r(i + 80) - 0.5) * 20}" stroke="#a88656" stroke-width="${2 + r(i + 120) * 3}" fill="none"/>`
    }).join("") + `<rect x="80" y="470" width="640" height="90" fill="#3b2a1a" opacity="0.85"/>`,
  }),
  "futamata-washi": (r) => ({
    background: "#f6f2e8",
    ink: "#6b5a3a",
    art: Array.from({ length: 70 }, (_, i) => {
      const x = 80 + r(i) * 640
      const y = 60 + r(i + 200) * 480
      const len = 40 + r(i + 400) * 120
      const a = r(i + 600) * Math.PI
      return `<line x1="${x}" y1="${y}" x2="${x + Math.cos(a) * len}" y2="${y + Math.sin(a) * len}" stroke="#cfc3a6" stroke-width="${1 + r(i + 800) * 2}" opacity="0.8"/>`
    }).join("") + `<rect x="260" y="160" width="280" height="330" fill="none" stroke="#b9a77f" stroke-width="4"/>`,
  }),
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

async function main() {
  const outDir = __dirname
  let total = 0
  for (const product of products) {
    const { background, art, ink } = motifs[product.craft]((salt) => seeded(product.handle, salt))
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
  <rect width="${SIZE}" height="${SIZE}" fill="${background}"/>
  ${art}
  <rect x="0" y="620" width="${SIZE}" height="180" fill="${background}" opacity="0.92"/>
  <text x="400" y="690" text-anchor="middle" font-family="Noto Serif CJK JP, serif" font-size="44" fill="${ink}">${escape(crafts[product.craft].ja)}</text>
  <text x="400" y="750" text-anchor="middle" font-family="DejaVu Serif, serif" font-size="30" fill="${ink}">${escape(product.title)}</text>
</svg>`
    const file = join(outDir, `${product.handle}.webp`)
    const buffer = await sharp(Buffer.from(svg)).webp({ quality: 70, effort: 6 }).toBuffer()
    writeFileSync(file, buffer)
    total += buffer.length
  }
  process.stdout.write(`${products.length} images, ${Math.round(total / 1024)} KB\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
