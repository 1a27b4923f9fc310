import { type NextRequest, NextResponse } from 'next/server'

import {
  COUNTRY_HEADERS,
  isCrawler,
  MARKET_CHOICE_PATH,
  MARKET_COOKIE,
  MARKET_COOKIE_MAX_AGE,
  marketForVisitor,
  parseMarketChoice,
} from '@/i18n/market-choice'
import { internationalMarketSegment } from '@/i18n/markets'
import { servedCountries } from '@/lib/commerce/served-countries'
import { SESSION_COOKIE } from '@/lib/portal/session-cookie'

/** Portal pages a signed-out artisan may open; every other `/{market}/artisan/...` page needs a session. */
const PORTAL_PUBLIC_PAGES = new Set(['sign-in', 'invite', 'forgot-password', 'reset-password'])
const PORTAL_PATH = /^\/([a-z]{2}-[a-z]{2})\/artisan(?:\/([^/]+))?(?:\/|$)/

/**
 * Only the root, the market selector and the artisan portal pass through here; shop pages never do,
 * so they stay cached documents.
 * - `/`: send the visitor to a market (remembered choice, language, country header); crawlers
 *   get the international market's page with a 200 instead of a redirect.
 * - `/set-market`: the market selector's form; remember the choice, go to the same page there.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === MARKET_CHOICE_PATH) return chooseMarket(request)
  const portal = PORTAL_PATH.exec(request.nextUrl.pathname)
  if (portal) return guardPortal(request, portal[1]!, portal[2])

  if (isCrawler(request.headers.get('user-agent'))) {
    const url = request.nextUrl.clone()
    url.pathname = `/${internationalMarketSegment}`
    return NextResponse.rewrite(url)
  }
  const country = COUNTRY_HEADERS.map((name) => request.headers.get(name)).find(Boolean)
  const segment = marketForVisitor({
    cookie: request.cookies.get(MARKET_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
    country,
    served: await servedCountries(),
  })
  const url = request.nextUrl.clone()
  url.pathname = `/${segment}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', ['Accept-Language', 'Cookie', 'User-Agent', ...COUNTRY_HEADERS].join(', '))
  response.headers.set('Cache-Control', 'private, no-cache')
  return response
}

/**
 * A signed-out visit to a portal page answers a real 307 to sign-in before anything renders (the
 * pages still check the session with Medusa: a cookie's presence proves nothing by itself).
 */
function guardPortal(request: NextRequest, market: string, page: string | undefined) {
  if ((page && PORTAL_PUBLIC_PAGES.has(page)) || request.cookies.has(SESSION_COOKIE)) {
    return NextResponse.next()
  }
  const url = request.nextUrl.clone()
  url.pathname = `/${market}/artisan/sign-in`
  url.search = ''
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Cache-Control', 'no-store')
  return response
}

async function chooseMarket(request: NextRequest) {
  const choice = parseMarketChoice(request.nextUrl.searchParams, await servedCountries())
  if (!choice.ok) {
    return new NextResponse(choice.message, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    })
  }
  const url = request.nextUrl.clone()
  url.pathname = choice.location
  url.search = ''
  const response = NextResponse.redirect(url, 303)
  response.cookies.set(MARKET_COOKIE, choice.segment, {
    path: '/',
    maxAge: MARKET_COOKIE_MAX_AGE,
    sameSite: 'lax',
    httpOnly: true,
    secure: request.nextUrl.protocol === 'https:',
  })
  response.headers.set('Cache-Control', 'no-store')
  return response
}

export const config = {
  matcher: ['/', '/set-market', '/:market/artisan', '/:market/artisan/:path*'],
}
