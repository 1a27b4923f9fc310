import type { Metadata } from 'next'

import { InviteForm } from '@/components/portal/invite-form'
import { PortalShell } from '@/components/portal/portal-shell'
import { getPortalDictionary } from '@/i18n/portal'
import { parseMarket } from '@/i18n/markets'
import { isPlausibleToken } from '@/lib/portal/credentials'
import { portalPageMarket, searchParam } from '@/lib/portal/page-market'

type Props = PageProps<'/[market]/artisan/invite'>

/** Reads the session cookie or the URL's query: rendered per request, like every portal page. */
export const instant = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = parseMarket((await params).market)
  return { title: getPortalDictionary(market?.locale ?? 'ja').invite.title }
}

/** First sign-in from the staff's invitation: the artisan chooses a password. */
export default async function InvitePage({ params, searchParams }: Props) {
  const { market, dictionary } = await portalPageMarket(params)
  const token = searchParam(await searchParams, 'token')
  return (
    <PortalShell market={market} dictionary={dictionary} path="/invite" signedIn={false}>
      <h1>{dictionary.invite.title}</h1>
      {isPlausibleToken(token) ? (
        <>
          <p>{dictionary.invite.lead}</p>
          <InviteForm market={market.segment} locale={market.locale} token={token} />
        </>
      ) : (
        <p role="alert" className="portal-message portal-message--error">
          {dictionary.invite.missing}
        </p>
      )}
    </PortalShell>
  )
}
