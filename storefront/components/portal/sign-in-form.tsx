'use client'

import { useActionState } from 'react'

import { signInAction } from '@/actions/portal/auth'
import type { Locale } from '@/i18n/markets'
import { getPortalDictionary } from '@/i18n/portal'
import { idleFormState } from '@/lib/portal/form-state'

import { Field } from './field'
import { FormMessage } from './form-message'
import { SubmitButton } from './submit-button'

export function SignInForm({ market, locale }: { market: string; locale: Locale }) {
  const dictionary = getPortalDictionary(locale)
  const [state, action] = useActionState(signInAction, idleFormState)
  return (
    <form action={action} className="portal-form" noValidate>
      <input type="hidden" name="market" value={market} />
      <FormMessage state={state} />
      <Field id="signin-email" label={dictionary.signIn.email} error={state.errors.email}>
        {(describedBy) => (
          <input
            id="signin-email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            defaultValue={state.values.email ?? ''}
            aria-invalid={Boolean(state.errors.email)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field id="signin-password" label={dictionary.signIn.password} error={state.errors.password}>
        {(describedBy) => (
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={Boolean(state.errors.password)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <SubmitButton label={dictionary.signIn.submit} />
    </form>
  )
}
