import Link from 'next/link'
import { market as marketParam } from 'next/root-params'

import { PortalShell } from '@/components/portal/portal-shell'
import { defaultMarket, parseMarket } from '@/i18n/markets'
import { getPortalDictionary } from '@/i18n/portal'
import { portalPath } from '@/lib/portal/paths'

/** A work or order that is not the artisan's (or does not exist): the same answer for both. */
export default async function PortalNotFound() {
  const market = parseMarket((await marketParam()) ?? '') ?? defaultMarket
  const dictionary = getPortalDictionary(market.locale)
  return (
    <PortalShell market={market} dictionary={dictionary} path="" signedIn={false}>
      <section className="not-found">
        <h1>{dictionary.product.notFoundTitle}</h1>
        <p>{dictionary.product.notFoundText}</p>
        <p>
          <Link href={portalPath(market.segment)}>{dictionary.product.back}</Link>
        </p>
      </section>
    </PortalShell>
  )
}
