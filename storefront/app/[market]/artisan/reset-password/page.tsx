import type { Metadata } from 'next'
import Link from 'next/link'

import { PortalShell } from '@/components/portal/portal-shell'
import { ResetPasswordForm } from '@/components/portal/reset-password-form'
import { getPortalDictionary } from '@/i18n/portal'
import { parseMarket } from '@/i18n/markets'
import { isPlausibleToken } from '@/lib/portal/credentials'
import { portalPageMarket, searchParam } from '@/lib/portal/page-market'
import { portalPath } from '@/lib/portal/paths'

type Props = PageProps<'/[market]/artisan/reset-password'>

/** Reads the session cookie or the URL's query: rendered per request, like every portal page. */
export const instant = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = parseMarket((await params).market)
  return { title: getPortalDictionary(market?.locale ?? 'ja').reset.title }
}

/** Opened from the reset email: `?token=<reset token>&email=<address>`. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { market, dictionary } = await portalPageMarket(params)
  const query = await searchParams
  const token = searchParam(query, 'token')
  return (
    <PortalShell market={market} dictionary={dictionary} path="/reset-password" signedIn={false}>
      <h1>{dictionary.reset.title}</h1>
      {isPlausibleToken(token) ? (
        <ResetPasswordForm
          market={market.segment}
          locale={market.locale}
          token={token}
          email={searchParam(query, 'email')}
        />
      ) : (
        <>
          <p role="alert" className="portal-message portal-message--error">
            {dictionary.reset.missing}
          </p>
          <p className="portal-links">
            <Link href={portalPath(market.segment, '/forgot-password')}>{dictionary.forgot.title}</Link>
          </p>
        </>
      )}
    </PortalShell>
  )
}
