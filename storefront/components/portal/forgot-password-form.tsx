'use client'

import { useActionState } from 'react'

import { requestResetAction } from '@/actions/portal/auth'
import type { Locale } from '@/i18n/markets'
import { getPortalDictionary } from '@/i18n/portal'
import { idleFormState } from '@/lib/portal/form-state'

import { Field } from './field'
import { FormMessage } from './form-message'
import { SubmitButton } from './submit-button'

export function ForgotPasswordForm({ market, locale }: { market: string; locale: Locale }) {
  const dictionary = getPortalDictionary(locale)
  const [state, action] = useActionState(requestResetAction, idleFormState)
  return (
    <form action={action} className="portal-form" noValidate>
      <input type="hidden" name="market" value={market} />
      <FormMessage state={state} />
      <Field id="forgot-email" label={dictionary.forgot.email} error={state.errors.email}>
        {(describedBy) => (
          <input
            id="forgot-email"
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
      <SubmitButton label={dictionary.forgot.submit} />
    </form>
  )
}
