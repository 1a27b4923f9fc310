'use client'

import { useActionState } from 'react'

import { resetPasswordAction } from '@/actions/portal/auth'
import type { Locale } from '@/i18n/markets'
import { getPortalDictionary } from '@/i18n/portal'
import { idleFormState } from '@/lib/portal/form-state'

import { Field } from './field'
import { FormMessage } from './form-message'
import { NewPasswordFields } from './new-password-fields'
import { SubmitButton } from './submit-button'

type Props = { market: string; locale: Locale; token: string; email: string }

export function ResetPasswordForm({ market, locale, token, email }: Props) {
  const dictionary = getPortalDictionary(locale)
  const [state, action] = useActionState(resetPasswordAction, idleFormState)
  return (
    <form action={action} className="portal-form" noValidate>
      <input type="hidden" name="market" value={market} />
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <Field id="reset-email" label={dictionary.reset.email} error={state.errors.email}>
        {(describedBy) => (
          <input
            id="reset-email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            defaultValue={state.values.email ?? email}
            aria-invalid={Boolean(state.errors.email)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <NewPasswordFields idPrefix="reset" state={state} labels={dictionary.reset} dictionary={dictionary} />
      <SubmitButton label={dictionary.reset.submit} />
    </form>
  )
}
