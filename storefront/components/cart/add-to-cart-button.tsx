'use client'

import { useActionState, useEffect } from 'react'

import { addToCart, type CartActionState } from '@/actions/cart'

import { announceCartChange } from './cart-events'

type Labels = {
  add: string
  adding: string
  added: string
  soldOut: string
  viewCart: string
  checkout: string
  errors: { unavailable: string; soldOut: string; generic: string }
}

type Props = { market: string; variantId: string | null; soldOut: boolean; labels: Labels }

const initial: CartActionState = { status: 'idle' }

export function AddToCartButton({ market, variantId, soldOut, labels }: Props) {
  const [state, action, pending] = useActionState(addToCart, initial)

  useEffect(() => {
    if (state.status === 'added') announceCartChange({ count: state.count, open: true })
  }, [state])

  if (soldOut) {
    return (
      <p className="add-to-cart">
        <button type="button" className="button" disabled aria-disabled="true">
          {labels.soldOut}
        </button>
      </p>
    )
  }
  const justSoldOut = state.status === 'error' && state.message === 'soldOut'
  return (
    <form action={action} className="add-to-cart">
      <input type="hidden" name="market" value={market} />
      <input type="hidden" name="variantId" value={variantId ?? ''} />
      <button type="submit" className="button button--primary" disabled={pending || justSoldOut}>
        {justSoldOut ? labels.soldOut : pending ? labels.adding : labels.add}
      </button>
      <div aria-live="polite" className="add-to-cart__status">
        {state.status === 'added' ? (
          <p>
            {labels.added} <a href={`/${market}/cart`}>{labels.viewCart}</a> ·{' '}
            <a href={`/${market}/checkout`}>{labels.checkout}</a>
          </p>
        ) : null}
        {state.status === 'error' ? (
          <p className="field__error" role="alert">
            {labels.errors[state.message]}
          </p>
        ) : null}
      </div>
    </form>
  )
}
