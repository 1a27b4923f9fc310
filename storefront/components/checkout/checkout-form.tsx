'use client'

import type React from 'react'
import { startTransition, useActionState, useState } from 'react'

import { type CheckoutState, placeOrder } from '@/actions/checkout'
import type { ShopperTexts } from '@/i18n/shopper-texts'

import { AddressFields, type AddressDefaults } from './address-fields'
import { GiftFields } from './gift-fields'
import { StripePayment } from './stripe-payment'
import { TextField } from './text-field'

export type ShippingChoice = { id: string; name: string; description: string | null; priceText: string }

type Props = {
  market: string
  locale: 'ja' | 'en'
  texts: ShopperTexts
  countries: Array<{ code: string; name: string }>
  email: string
  signedIn: boolean
  address: AddressDefaults
  shippingOptions: ShippingChoice[]
  /** Set when Stripe is configured for the shop and offered in this region. */
  stripeKey: string | null
  children: React.ReactNode
}

const initial: CheckoutState = { status: 'idle' }

export function CheckoutForm(props: Props) {
  const { texts, market } = props
  const [state, action, pending] = useActionState(placeOrder, initial)
  const [createAccount, setCreateAccount] = useState(false)
  const [provider, setProvider] = useState<'system' | 'stripe'>('system')
  const errors = state.status === 'error' ? state.fields : {}
  const fieldError = (name: string) => {
    const key = errors[name]
    return key ? (texts.errors.fields[key] ?? key) : undefined
  }
  const message = state.status === 'error' ? texts.errors[state.message === 'emptyCart' ? 'emptyCart' : state.message] : null

  /**
   * Sends the form in a transition of our own rather than through the form's action: React resets a
   * form after its action, which empties what the shopper typed and also puts the controlled choices
   * (wrapping, noshi, country, payment) back to their first option while this component still shows
   * them chosen. So after a refused submit every field keeps its value, the password included (it is
   * never sent back by the server). Without JavaScript the action prop still posts the form.
   */
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    startTransition(() => action(data))
  }

  if (state.status === 'confirm-payment' && props.stripeKey) {
    return (
      <StripePayment
        publishableKey={props.stripeKey}
        clientSecret={state.clientSecret}
        market={market}
        texts={texts}
      />
    )
  }

  return (
    <form action={action} onSubmit={submit} className="checkout" noValidate>
      <input type="hidden" name="market" value={market} />
      <div className="checkout__main">
        {message ? (
          <p className="alert" role="alert">
            {message}
          </p>
        ) : null}

        <fieldset className="fieldset">
          <legend>{texts.checkout.contact}</legend>
          <TextField
            name="email"
            label={texts.checkout.email}
            type="email"
            autoComplete="email"
            defaultValue={props.email}
            error={fieldError('email')}
            required
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{texts.checkout.address}</legend>
          <AddressFields
            texts={texts.checkout}
            fieldErrors={texts.errors.fields}
            locale={props.locale}
            countries={props.countries}
            defaults={props.address}
            errors={errors}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{texts.checkout.shipping}</legend>
          {props.shippingOptions.length === 0 ? (
            <p className="muted">{texts.checkout.noShipping}</p>
          ) : (
            props.shippingOptions.map((option, index) => (
              <label className="choice" key={option.id}>
                <input
                  type="radio"
                  name="shippingOptionId"
                  value={option.id}
                  defaultChecked={index === 0}
                  required
                />
                <span>
                  <strong>{option.name}</strong> — <span className="choice__price">{option.priceText}</span>
                  {option.description ? <span className="choice__hint">{option.description}</span> : null}
                </span>
              </label>
            ))
          )}
          {fieldError('shippingOptionId') ? (
            <p className="field__error">{fieldError('shippingOptionId')}</p>
          ) : null}
        </fieldset>

        <GiftFields texts={texts.checkout} error={fieldError} />

        <fieldset className="fieldset">
          <legend>{texts.checkout.payment}</legend>
          <label className="choice">
            <input
              type="radio"
              name="provider"
              value="system"
              checked={provider === 'system'}
              onChange={() => setProvider('system')}
            />
            <span>{texts.checkout.paySystem}</span>
          </label>
          {props.stripeKey ? (
            <label className="choice">
              <input
                type="radio"
                name="provider"
                value="stripe"
                checked={provider === 'stripe'}
                onChange={() => setProvider('stripe')}
              />
              <span>{texts.checkout.payCard}</span>
            </label>
          ) : null}
        </fieldset>

        {props.signedIn ? null : (
          <fieldset className="fieldset">
            <legend className="visually-hidden">{texts.account.register}</legend>
            <label className="choice">
              <input
                type="checkbox"
                name="createAccount"
                checked={createAccount}
                onChange={(event) => setCreateAccount(event.target.checked)}
              />
              <span>{texts.checkout.account}</span>
            </label>
            {createAccount ? (
              <TextField
                name="password"
                label={texts.checkout.password}
                type="password"
                autoComplete="new-password"
                error={fieldError('password')}
                required
              />
            ) : null}
          </fieldset>
        )}

        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? texts.checkout.placing : texts.checkout.placeOrder}
        </button>
      </div>
      <aside className="checkout__summary" aria-label={texts.checkout.summary}>
        {props.children}
      </aside>
    </form>
  )
}
