import { ImageResponse } from 'next/og'

/**
 * Open Graph cards (1200×630): the shop's name, a title and a line under it, on washi white with a
 * Kutani-red rule. Text is drawn with the bundled Latin font, so Japanese pages pass their English
 * craft and brand names (no CJK font is fetched at render time).
 */
export const OG_SIZE = { width: 1200, height: 630 }

export function ogCard(input: { eyebrow: string; title: string; line: string | null }): ImageResponse {
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#faf8f3',
          color: '#1f1d1a',
          borderLeft: '24px solid #9b2d20',
        }}
      >
        <div style={{ fontSize: 34, letterSpacing: 4, color: '#8a6a12' }}>{input.eyebrow}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 76, lineHeight: 1.1 }}>{input.title}</div>
          {input.line ? <div style={{ fontSize: 40, marginTop: 24, color: '#57524a' }}>{input.line}</div> : null}
        </div>
        <div style={{ fontSize: 30, color: '#57524a' }}>Ginza no Kanazawa · Kanazawa crafts from Ginza, Tokyo</div>
      </div>
    ),
    OG_SIZE,
  )
}

/** Whether a text can be drawn with the bundled Latin font. */
export function isLatin(text: string): boolean {
  return /^[\u0000-\u024f\u2010-\u201f\u2026\u00a5\u20ac]*$/.test(text)
}
