import { type NextRequest, NextResponse } from 'next/server'

import { marketForAcceptLanguage } from '@/i18n/markets'

/** `/` has no page of its own: send visitors to their market by the browser's language. */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone()
  url.pathname = `/${marketForAcceptLanguage(request.headers.get('accept-language'))}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  response.headers.set('Cache-Control', 'private, no-cache')
  return response
}

export const config = {
  matcher: '/',
}
