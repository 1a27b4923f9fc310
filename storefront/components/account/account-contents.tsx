import { removeAddress, signOut } from '@/actions/account'
import { formatMoney } from '@/i18n/money'
import { getShopperTexts } from '@/i18n/shopper-texts'
import { describeFailure } from '@/lib/commerce/cart'
import { type Customer, retrieveCustomer } from '@/lib/commerce/customer'
import { listCustomerOrders, type Order } from '@/lib/commerce/orders'
import { getCustomerToken } from '@/lib/commerce/session'
import type { ResolvedMarket } from '@/lib/market'

import { AddressForm } from './address-form'
import { SignInForm } from './sign-in-form'

type Props = { market: ResolvedMarket }

function countryNames(codes: string[], languageTag: string) {
  const names = new Intl.DisplayNames([languageTag], { type: 'region' })
  return [...new Set(['jp', 'us', ...codes])].map((code) => ({
    code,
    name: names.of(code.toUpperCase()) ?? code.toUpperCase(),
  }))
}

/** The account page's body: sign-in and registration, or the customer's orders and addresses. */
export async function AccountContents({ market }: Props) {
  const texts = getShopperTexts(market.locale)
  let customer: Customer | null = null
  let orders: Order[] = []
  try {
    const token = await getCustomerToken()
    customer = token ? await retrieveCustomer(token) : null
    if (token && customer) orders = await listCustomerOrders(token, market.locale)
  } catch (error) {
    const failure = describeFailure(error)
    console.error('[account] could not load the account:', failure.detail)
    return (
      <p className="alert" role="alert">
        {failure.kind === 'unavailable' ? texts.errors.unavailable : texts.errors.generic}
      </p>
    )
  }

  if (!customer) {
    return (
      <>
        <div className="account-grid">
          <SignInForm market={market.segment} texts={texts} mode="sign-in" />
          <SignInForm market={market.segment} texts={texts} mode="register" />
        </div>
        <p>
          <a href={`/${market.segment}/order/lookup`}>{texts.order.lookupLink}</a>
        </p>
      </>
    )
  }

  const name =
    market.locale === 'ja'
      ? `${customer.lastName} ${customer.firstName}`.trim()
      : `${customer.firstName} ${customer.lastName}`.trim()
  const dateFormat = new Intl.DateTimeFormat(market.languageTag, { dateStyle: 'medium', timeZone: 'Asia/Tokyo' })
  return (
    <>
      <p>{texts.account.hello.replace('{name}', name || customer.email)}</p>
      <form action={signOut}>
        <input type="hidden" name="market" value={market.segment} />
        <button type="submit" className="button button--quiet">
          {texts.account.signOut}
        </button>
      </form>

      <section className="section" aria-labelledby="orders-heading">
        <h2 id="orders-heading">{texts.account.orders}</h2>
        {orders.length === 0 ? (
          <p className="muted">{texts.account.noOrders}</p>
        ) : (
          <ul className="order-list">
            {orders.map((order) => (
              <li key={order.id}>
                <a href={`/${market.segment}/order/${order.id}`}>
                  {texts.order.number} {order.number}
                </a>
                <span className="muted">
                  {' '}
                  · {dateFormat.format(new Date(order.createdAt))} ·{' '}
                  {order.lines.map((line) => line.title).join(', ')} ·{' '}
                  {order.total ? formatMoney(order.total, market.languageTag) : ''} ·{' '}
                  {texts.order.statuses[order.fulfillmentStatus] ?? order.fulfillmentStatus}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="addresses-heading">
        <h2 id="addresses-heading">{texts.account.addresses}</h2>
        {customer.addresses.length === 0 ? (
          <p className="muted">{texts.account.noAddresses}</p>
        ) : (
          <ul className="address-list">
            {customer.addresses.map((address) => (
              <li key={address.id}>
                <address>
                  {market.locale === 'ja'
                    ? `${address.lastName} ${address.firstName}`
                    : `${address.firstName} ${address.lastName}`}
                  <br />
                  {[address.postalCode, address.province, address.city, address.address1, address.address2]
                    .filter(Boolean)
                    .join(' ')}{' '}
                  ({address.countryCode.toUpperCase()})
                </address>
                <form action={removeAddress}>
                  <input type="hidden" name="addressId" value={address.id} />
                  <button type="submit" className="button button--quiet">
                    {texts.account.delete}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <h3>{texts.account.addAddress}</h3>
        <AddressForm
          texts={texts}
          locale={market.locale}
          countries={countryNames(market.region.countries, market.languageTag)}
          defaultCountry={market.country}
        />
      </section>
    </>
  )
}
