'use client'

import { useEffect, useRef, useState, useTransition } from 'react'

import { changeLineQuantity } from '@/actions/cart'

import type { CartLabels } from './cart-link'
import type { CartSummary } from './summary'

type Props = {
  market: string
  labels: CartLabels
  summary: CartSummary | null
  onClose: () => void
  onChanged: () => Promise<void>
}

/**
 * The cart as a side panel: a modal <dialog>, so focus stays inside, Escape closes it and focus
 * returns to the cart link.
 */
export function CartDrawer({ market, labels, summary, onClose, onChanged }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  function remove(lineId: string) {
    setError(null)
    startTransition(async () => {
      const form = new FormData()
      form.set('market', market)
      form.set('lineId', lineId)
      form.set('quantity', '0')
      const result = await changeLineQuantity(form)
      if (!result.ok) setError(labels.unavailable)
      await onChanged()
    })
  }

  return (
    <dialog
      ref={dialog}
      className="cart-drawer"
      aria-labelledby="cart-drawer-title"
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current?.close()
      }}
    >
      <div className="cart-drawer__panel">
        <header className="cart-drawer__header">
          <h2 id="cart-drawer-title">{labels.title}</h2>
          <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
            {labels.close}
          </button>
        </header>
        {summary?.unavailable ? (
          <p className="alert" role="alert">
            {labels.unavailable}
          </p>
        ) : null}
        {error ? (
          <p className="alert" role="alert">
            {error}
          </p>
        ) : null}
        {!summary || summary.lines.length === 0 ? (
          <p>{labels.empty}</p>
        ) : (
          <>
            <ul className="cart-lines" aria-busy={pending}>
              {summary.lines.map((line) => (
                <li key={line.id} className="cart-line">
                  {line.thumbnail ? <img src={line.thumbnail} alt="" width={64} height={64} /> : null}
                  <div>
                    <a href={line.href}>{line.title}</a>
                    <p className="muted">
                      {labels.quantity}: {line.quantity}
                    </p>
                  </div>
                  <div className="cart-line__end">
                    <p className="price">{line.totalText}</p>
                    <button type="button" className="button button--quiet" onClick={() => remove(line.id)} disabled={pending}>
                      {labels.remove}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <p className="cart-total">
              <span>{labels.subtotal}</span> <strong>{summary.subtotalText}</strong>
            </p>
            <p className="cart-drawer__actions">
              <a className="button" href={`/${market}/cart`}>
                {labels.viewCart}
              </a>
              <a className="button button--primary" href={`/${market}/checkout`}>
                {labels.checkout}
              </a>
            </p>
          </>
        )}
      </div>
    </dialog>
  )
}
