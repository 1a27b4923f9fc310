import type React from 'react'

import type { Dictionary } from '@/i18n/dictionary'
import type { Market } from '@/i18n/markets'

import { SiteHeader } from './site-header'

type Props = {
  market: Market
  dictionary: Dictionary
  /** The page's path after the market segment: '' for the home, '/products/{handle}'. */
  path: string
  children: React.ReactNode
}

/** Header and main landmark of a shop page. */
export function PageShell({ market, dictionary, path, children }: Props) {
  return (
    <>
      <SiteHeader market={market} dictionary={dictionary} path={path} />
      <main id="main" className="page">
        {children}
      </main>
    </>
  )
}
