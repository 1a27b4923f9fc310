'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import { changeLineQuantity } from '@/actions/cart'

import { announceCartChange } from './cart-events'

type Props = {
  market: string
  lineId: string
  quantity: number
  labels: {
    quantity: string
    update: string
    remove: string
    unavailable: string
    soldOut: string
    generic: string
  }
}

/** Quantity and remove for one cart line; the page re-renders from the server afterwards. */
export function CartLineControls({ market, lineId, quantity, labels }: Props) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const id = `qty-${lineId}`

  function submit(form: FormData) {
    setError(null)
    startTransition(async () => {
      const result = await changeLineQuantity(form)
      if (!result.ok) setError(labels[result.message])
      router.refresh()
      announceCartChange({ count: -1, open: false })
    })
  }

  return (
    <form action={submit} className="line-controls" aria-busy={pending}>
      <input type="hidden" name="market" value={market} />
      <input type="hidden" name="lineId" value={lineId} />
      <label htmlFor={id}>{labels.quantity}</label>
      <input id={id} name="quantity" type="number" min={0} max={20} defaultValue={quantity} inputMode="numeric" />
      <button type="submit" className="button button--quiet" disabled={pending}>
        {labels.update}
      </button>
      <button
        type="submit"
        className="button button--quiet"
        disabled={pending}
        onClick={(event) => {
          const input = event.currentTarget.form?.elements.namedItem('quantity')
          if (input instanceof HTMLInputElement) input.value = '0'
        }}
      >
        {labels.remove}
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  )
}
