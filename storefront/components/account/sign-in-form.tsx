'use client'

import { useActionState } from 'react'

import { type AccountState, signIn, signUp } from '@/actions/account'
import { TextField } from '@/components/checkout/text-field'
import type { ShopperTexts } from '@/i18n/shopper-texts'

type Props = { market: string; texts: ShopperTexts; mode: 'sign-in' | 'register' }

const initial: AccountState = { status: 'idle' }

/** Sign in, or create an account (Medusa customer auth; the token goes into an httpOnly cookie). */
export function SignInForm({ market, texts, mode }: Props) {
  const [state, action, pending] = useActionState(mode === 'sign-in' ? signIn : signUp, initial)
  const fields = state.status === 'error' ? state.fields : {}
  const error = (name: string) => {
    const key = fields[name]
    return key ? (texts.errors.fields[key] ?? key) : undefined
  }
  const prefix = mode === 'sign-in' ? 'login' : 'register'
  const heading = mode === 'sign-in' ? texts.account.signIn : texts.account.register
  return (
    <section className="account-card" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>{heading}</h2>
      <form action={action} className="narrow-form" noValidate>
        <input type="hidden" name="market" value={market} />
        {state.status === 'error' ? (
          <p className="alert" role="alert">
            {texts.errors[state.message]}
          </p>
        ) : null}
        {mode === 'register' ? (
          <>
            <TextField name="lastName" label={texts.account.lastName} autoComplete="family-name" error={error('lastName')} required />
            <TextField name="firstName" label={texts.account.firstName} autoComplete="given-name" error={error('firstName')} required />
          </>
        ) : null}
        <TextField name="email" label={texts.account.email} type="email" autoComplete="email" error={error('email')} required />
        <TextField
          name="password"
          label={mode === 'register' ? texts.checkout.password : texts.account.password}
          type="password"
          autoComplete={mode === 'register' ? 'new-password' : 'current-password'}
          error={error('password')}
          required
        />
        <button type="submit" className="button button--primary" disabled={pending}>
          {heading}
        </button>
      </form>
    </section>
  )
}
