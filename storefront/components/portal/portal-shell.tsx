import type React from 'react'

import type { Market } from '@/i18n/markets'
import type { PortalDictionary } from '@/i18n/portal'

import { PortalHeader } from './portal-header'

type Props = {
  market: Market
  dictionary: PortalDictionary
  path: string
  signedIn: boolean
  children: React.ReactNode
}

/** Header and main landmark of a portal page. */
export function PortalShell({ market, dictionary, path, signedIn, children }: Props) {
  return (
    <>
      <PortalHeader market={market} dictionary={dictionary} path={path} signedIn={signedIn} />
      <main id="main" className="portal">
        {children}
      </main>
    </>
  )
}
