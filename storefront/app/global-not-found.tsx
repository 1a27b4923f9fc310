import '@/styles/globals.css'

import type { Metadata } from 'next'

import { en } from '@/i18n/dictionaries/en'
import { ja } from '@/i18n/dictionaries/ja'
import { defaultMarketSegment, internationalMarketSegment } from '@/i18n/markets'

export const metadata: Metadata = {
  title: `${ja.notFound.title} | Page not found`,
}

/** 404 for URLs that match no route (and for unknown markets), in both languages. */
export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <body>
        <main className="page not-found">
          <h1>{ja.notFound.title}</h1>
          <p>{ja.notFound.text}</p>
          <p>
            <a href={`/${defaultMarketSegment}`}>{ja.notFound.back}</a>
          </p>
          <div lang="en">
            <h2>{en.notFound.title}</h2>
            <p>{en.notFound.text}</p>
            <p>
              <a href={`/${internationalMarketSegment}`}>{en.notFound.back}</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  )
}
