import type { Metadata } from 'next'
import Link from 'next/link'

import { PortalShell } from '@/components/portal/portal-shell'
import { SignInForm } from '@/components/portal/sign-in-form'
import { getPortalDictionary } from '@/i18n/portal'
import { parseMarket } from '@/i18n/markets'
import { portalPageMarket, searchParam } from '@/lib/portal/page-market'
import { portalPath } from '@/lib/portal/paths'

type Props = PageProps<'/[market]/artisan/sign-in'>

/** Reads the session cookie or the URL's query: rendered per request, like every portal page. */
export const instant = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = parseMarket((await params).market)
  return { title: getPortalDictionary(market?.locale ?? 'ja').signIn.title }
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { market, dictionary } = await portalPageMarket(params)
  const query = await searchParams
  const notice = searchParam(query, 'password-changed')
    ? dictionary.signIn.passwordChanged
    : searchParam(query, 'signed-out')
      ? dictionary.signIn.signedOut
      : null
  return (
    <PortalShell market={market} dictionary={dictionary} path="/sign-in" signedIn={false}>
      <h1>{dictionary.signIn.title}</h1>
      <p>{dictionary.signIn.lead}</p>
      {notice ? (
        <p role="status" className="portal-message">
          {notice}
        </p>
      ) : null}
      <SignInForm market={market.segment} locale={market.locale} />
      <p className="portal-links">
        <Link href={portalPath(market.segment, '/forgot-password')}>{dictionary.signIn.forgot}</Link>
        <Link href={`/${market.segment}`}>{dictionary.nav.shop}</Link>
      </p>
    </PortalShell>
  )
}
