'use client'

import dynamic from 'next/dynamic'
import { useCallback, useEffect, useState } from 'react'

import { CART_CHANGED, type CartChangedDetail } from './cart-events'
import type { CartSummary } from './summary'

export type CartLabels = {
  open: string
  title: string
  close: string
  empty: string
  subtotal: string
  viewCart: string
  checkout: string
  remove: string
  quantity: string
  unavailable: string
  itemsOne: string
  /** With `{n}` where the count goes. */
  itemsMany: string
}

// The drawer's code loads only when a shopper opens it.
const CartDrawer = dynamic(() => import('./cart-drawer').then((m) => m.CartDrawer), { ssr: false })

type Props = { market: string; labels: CartLabels }

export function CartLink({ market, labels }: Props) {
  const [summary, setSummary] = useState<CartSummary | null>(null)
  const [open, setOpen] = useState(false)

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`/${market}/cart/summary`, { cache: 'no-store' })
      setSummary((await response.json()) as CartSummary)
    } catch {
      setSummary({ count: 0, lines: [], subtotalText: null, unavailable: true })
    }
  }, [market])

  useEffect(() => {
    void refresh()
    const onChange = (event: Event) => {
      const detail = (event as CustomEvent<CartChangedDetail>).detail
      void refresh()
      if (detail?.open) setOpen(true)
    }
    window.addEventListener(CART_CHANGED, onChange)
    return () => window.removeEventListener(CART_CHANGED, onChange)
  }, [refresh])

  const count = summary?.count ?? 0
  const countText = count === 1 ? labels.itemsOne : labels.itemsMany.replace('{n}', String(count))
  return (
    <>
      <a
        href={`/${market}/cart`}
        className="cart-link"
        aria-haspopup="dialog"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
          event.preventDefault()
          setOpen(true)
          void refresh()
        }}
      >
        {labels.open}
        <span className="cart-link__count" data-testid="cart-count" aria-label={countText}>
          {count}
        </span>
      </a>
      {open ? (
        <CartDrawer
          market={market}
          labels={labels}
          summary={summary}
          onClose={() => setOpen(false)}
          onChanged={refresh}
        />
      ) : null}
    </>
  )
}
