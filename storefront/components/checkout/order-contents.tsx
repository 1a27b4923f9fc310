import { notFound } from 'next/navigation'

import { getShopperTexts } from '@/i18n/shopper-texts'
import { describeFailure } from '@/lib/commerce/cart'
import { retrieveCustomer } from '@/lib/commerce/customer'
import { type Order, retrieveOrder } from '@/lib/commerce/orders'
import { getCustomerToken, grantedOrderIds } from '@/lib/commerce/session'
import type { ResolvedMarket } from '@/lib/market'

import { OrderDetails } from './order-details'

type Props = { market: ResolvedMarket; id: string }

/** Whether this browser may see the order: it placed it, proved it, or its customer is signed in. */
async function mayView(order: Order): Promise<boolean> {
  if ((await grantedOrderIds()).includes(order.id)) return true
  const token = await getCustomerToken()
  if (!token || !order.customerId) return false
  const customer = await retrieveCustomer(token)
  return customer?.id === order.customerId
}

export async function OrderContents({ market, id }: Props) {
  const texts = getShopperTexts(market.locale)
  let order: Order | null
  try {
    order = await retrieveOrder(id, market.locale)
    if (order && !(await mayView(order))) order = null
  } catch (error) {
    const failure = describeFailure(error)
    console.error('[order] could not read an order:', failure.detail)
    return (
      <p className="alert" role="alert">
        {failure.kind === 'unavailable' ? texts.errors.unavailable : texts.errors.generic}
      </p>
    )
  }
  if (!order) notFound()
  return (
    <>
      <h1>{texts.order.thanks}</h1>
      <p className="order__number">
        {texts.order.number} <strong data-testid="order-number">{order.number}</strong>
      </p>
      <p className="muted">{texts.order.keepNumber}</p>
      <OrderDetails order={order} texts={texts} languageTag={market.languageTag} />
      <p>
        <a href={`/${market.segment}/account`}>{texts.order.viewAccount}</a>
      </p>
    </>
  )
}
