import { NextResponse } from 'next/server'

import { emptySummary, summarizeCart } from '@/components/cart/summary'
import { describeFailure, reshapeCart } from '@/lib/commerce/cart'
import { currentCart } from '@/lib/commerce/session'
import { resolveMarket } from '@/lib/market'

const privateHeaders = { 'Cache-Control': 'private, no-store' }

/**
 * The shopper's cart count and lines for the header and the drawer, loaded by the browser, so shop
 * pages never read the cart cookie while rendering. Prices follow the URL's market: a cart from
 * another market is moved to this one's region first.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ market: string }> }) {
  const market = await resolveMarket((await params).market)
  if (!market) return NextResponse.json({ message: 'Unknown market' }, { status: 404 })
  try {
    const cart = await currentCart(market, false)
    const summary = cart
      ? summarizeCart(reshapeCart(cart, market.locale), market.segment, market.languageTag)
      : emptySummary
    return NextResponse.json(summary, { headers: privateHeaders })
  } catch (error) {
    const failure = describeFailure(error)
    if (failure.kind !== 'unavailable') {
      console.error('[cart] summary: the Store API refused the cart:', failure.detail)
      return NextResponse.json(emptySummary, { headers: privateHeaders })
    }
    console.error('[cart] summary: Medusa unreachable:', failure.detail)
    return NextResponse.json({ ...emptySummary, unavailable: true }, { status: 503, headers: privateHeaders })
  }
}
