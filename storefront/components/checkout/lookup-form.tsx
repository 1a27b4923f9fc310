'use client'

import { useActionState } from 'react'

import { type LookupState, lookupOrder } from '@/actions/orders'
import type { ShopperTexts } from '@/i18n/shopper-texts'

import { TextField } from './text-field'

type Props = { market: string; texts: ShopperTexts }

const initial: LookupState = { status: 'idle' }

/** Guest order lookup: email + the short order number shown on the confirmation ("#12"). */
export function LookupForm({ market, texts }: Props) {
  const [state, action, pending] = useActionState(lookupOrder, initial)
  const fields = state.status === 'error' ? state.fields : {}
  const values = state.status === 'error' ? state.values : { email: '', number: '' }
  const error = (name: string) => {
    const key = fields[name]
    return key ? (texts.errors.fields[key] ?? key) : undefined
  }
  return (
    <form action={action} className="narrow-form" noValidate>
      <input type="hidden" name="market" value={market} />
      {state.status === 'error' ? (
        <p className="alert" role="alert">
          {texts.errors[state.message]}
        </p>
      ) : null}
      <TextField
        name="email"
        label={texts.account.email}
        type="email"
        autoComplete="email"
        defaultValue={values.email}
        error={error('email')}
        required
      />
      <TextField
        name="number"
        label={texts.order.number}
        hint={texts.order.numberHint}
        autoComplete="off"
        defaultValue={values.number}
        error={error('number')}
        required
      />
      <button type="submit" className="button button--primary" disabled={pending}>
        {texts.order.lookup}
      </button>
    </form>
  )
}
