import type { Metadata } from 'next'
import Link from 'next/link'

import { ForgotPasswordForm } from '@/components/portal/forgot-password-form'
import { PortalShell } from '@/components/portal/portal-shell'
import { getPortalDictionary } from '@/i18n/portal'
import { parseMarket } from '@/i18n/markets'
import { portalPageMarket } from '@/lib/portal/page-market'
import { portalPath } from '@/lib/portal/paths'

type Props = PageProps<'/[market]/artisan/forgot-password'>

/** Reads the session cookie or the URL's query: rendered per request, like every portal page. */
export const instant = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = parseMarket((await params).market)
  return { title: getPortalDictionary(market?.locale ?? 'ja').forgot.title }
}

/** Asks Medusa to email a reset link (the local notification provider writes it to the log). */
export default async function ForgotPasswordPage({ params }: Props) {
  const { market, dictionary } = await portalPageMarket(params)
  return (
    <PortalShell market={market} dictionary={dictionary} path="/forgot-password" signedIn={false}>
      <h1>{dictionary.forgot.title}</h1>
      <p>{dictionary.forgot.lead}</p>
      <ForgotPasswordForm market={market.segment} locale={market.locale} />
      <p className="portal-links">
        <Link href={portalPath(market.segment, '/sign-in')}>{dictionary.forgot.back}</Link>
      </p>
    </PortalShell>
  )
}
