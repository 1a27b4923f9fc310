'use client'

import { useEffect, useRef, useState } from 'react'

import { completeCheckout } from '@/actions/checkout'
import type { ShopperTexts } from '@/i18n/shopper-texts'

/** The few parts of Stripe.js this page uses (loaded from js.stripe.com, as Stripe requires). */
type StripeElements = {
  create(type: 'payment'): { mount(element: HTMLElement): void }
}
type StripeClient = {
  elements(options: { clientSecret: string }): StripeElements
  confirmPayment(options: {
    elements: StripeElements
    redirect: 'if_required'
    confirmParams: { return_url: string }
  }): Promise<{ error?: { message?: string } }>
}
type StripeFactory = (key: string) => StripeClient

declare global {
  interface Window {
    Stripe?: StripeFactory
  }
}

function loadStripe(): Promise<StripeFactory> {
  return new Promise((resolve, reject) => {
    if (window.Stripe) return resolve(window.Stripe)
    const script = document.createElement('script')
    script.src = 'https://js.stripe.com/v3/'
    script.async = true
    script.onload = () => (window.Stripe ? resolve(window.Stripe) : reject(new Error('Stripe.js did not load')))
    script.onerror = () => reject(new Error('Stripe.js did not load'))
    document.head.appendChild(script)
  })
}

type Props = { publishableKey: string; clientSecret: string; market: string; texts: ShopperTexts }

/** Stripe's Payment Element: the card is confirmed in the browser, then the order is placed. */
export function StripePayment({ publishableKey, clientSecret, market, texts }: Props) {
  const mountPoint = useRef<HTMLDivElement>(null)
  const stripe = useRef<{ client: StripeClient; elements: StripeElements } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let cancelled = false
    loadStripe()
      .then((factory) => {
        if (cancelled || !mountPoint.current) return
        const client = factory(publishableKey)
        const elements = client.elements({ clientSecret })
        elements.create('payment').mount(mountPoint.current)
        stripe.current = { client, elements }
      })
      .catch(() => setError(texts.errors.unavailable))
    return () => {
      cancelled = true
    }
  }, [publishableKey, clientSecret, texts.errors.unavailable])

  async function pay() {
    if (!stripe.current) return
    setBusy(true)
    setError(null)
    const { error: confirmError } = await stripe.current.client.confirmPayment({
      elements: stripe.current.elements,
      redirect: 'if_required',
      confirmParams: { return_url: `${window.location.origin}/${market}/checkout` },
    })
    if (confirmError) {
      setError(confirmError.message ?? texts.errors.generic)
      setBusy(false)
      return
    }
    const result = await completeCheckout(market)
    if (result.status === 'error') setError(texts.errors[result.message === 'emptyCart' ? 'emptyCart' : result.message])
    setBusy(false)
  }

  return (
    <section className="fieldset" aria-labelledby="stripe-heading">
      <h2 id="stripe-heading">{texts.checkout.payment}</h2>
      <div ref={mountPoint} />
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="button button--primary" onClick={pay} disabled={busy}>
        {busy ? texts.checkout.placing : texts.checkout.placeOrder}
      </button>
    </section>
  )
}
