import { formatMoney } from '@/i18n/money'
import { getShopperTexts } from '@/i18n/shopper-texts'
import { describeFailure, reshapeCart } from '@/lib/commerce/cart'
import {
  listPaymentProviders,
  listShippingOptions,
  STRIPE_PROVIDER,
  stripePublishableKey,
} from '@/lib/commerce/checkout'
import { type Customer, retrieveCustomer } from '@/lib/commerce/customer'
import { currentCart, getCustomerToken } from '@/lib/commerce/session'
import type { ResolvedMarket } from '@/lib/market'

import { CheckoutForm, type ShippingChoice } from './checkout-form'
import { OrderSummary } from './order-summary'

type Props = { market: ResolvedMarket }

function countryNames(codes: string[], languageTag: string) {
  const names = new Intl.DisplayNames([languageTag], { type: 'region' })
  return codes
    .map((code) => ({ code, name: names.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name, languageTag))
}

/** The checkout's body (per shopper, inside a Suspense hole): the form beside the cart. */
export async function CheckoutContents({ market }: Props) {
  const texts = getShopperTexts(market.locale)
  try {
    const raw = await currentCart(market, false)
    const cart = raw ? reshapeCart(raw, market.locale) : null
    if (!cart || cart.lines.length === 0) {
      return (
        <div>
          <p>{texts.checkout.emptyCart}</p>
          <p>
            <a href={`/${market.segment}`}>{texts.cart.continue}</a>
          </p>
        </div>
      )
    }
    const token = await getCustomerToken()
    const [options, providers, customer] = await Promise.all([
      listShippingOptions(cart.id, cart.currency),
      listPaymentProviders(market.region.id),
      token ? retrieveCustomer(token) : Promise.resolve<Customer | null>(null),
    ])
    const stripeKey = providers.includes(STRIPE_PROVIDER) ? stripePublishableKey() : null
    const shippingOptions: ShippingChoice[] = options.map((option) => ({
      id: option.id,
      name: option.name,
      description: option.description,
      priceText: option.price ? formatMoney(option.price, market.languageTag) : '—',
    }))
    const saved = customer?.addresses.find((a) => market.region.countries.includes(a.countryCode))
    const address = cart.shippingAddress?.address1 ? cart.shippingAddress : saved
    return (
      <CheckoutForm
        market={market.segment}
        locale={market.locale}
        texts={texts}
        countries={countryNames(market.region.countries, market.languageTag)}
        email={cart.email ?? customer?.email ?? ''}
        signedIn={Boolean(customer)}
        address={{
          firstName: address?.firstName ?? customer?.firstName ?? '',
          lastName: address?.lastName ?? customer?.lastName ?? '',
          address1: address?.address1 ?? '',
          address2: address?.address2 ?? '',
          city: address?.city ?? '',
          province: address?.province ?? '',
          postalCode: address?.postalCode ?? '',
          countryCode: market.region.countries.includes(market.country)
            ? (address?.countryCode ?? market.country)
            : market.region.countries[0],
          phone: address?.phone ?? '',
        }}
        shippingOptions={shippingOptions}
        stripeKey={stripeKey}
      >
        <OrderSummary cart={cart} texts={texts} languageTag={market.languageTag} />
      </CheckoutForm>
    )
  } catch (error) {
    const failure = describeFailure(error)
    console.error('[checkout] could not prepare the checkout:', failure.detail)
    return (
      <p className="alert" role="alert">
        {failure.kind === 'unavailable' ? texts.errors.unavailable : texts.errors.generic}
      </p>
    )
  }
}
