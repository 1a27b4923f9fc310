'use client'

import { useActionState } from 'react'

import { acceptInviteAction } from '@/actions/portal/auth'
import type { Locale } from '@/i18n/markets'
import { getPortalDictionary } from '@/i18n/portal'
import { idleFormState } from '@/lib/portal/form-state'

import { FormMessage } from './form-message'
import { NewPasswordFields } from './new-password-fields'
import { SubmitButton } from './submit-button'

export function InviteForm({ market, locale, token }: { market: string; locale: Locale; token: string }) {
  const dictionary = getPortalDictionary(locale)
  const [state, action] = useActionState(acceptInviteAction, idleFormState)
  return (
    <form action={action} className="portal-form" noValidate>
      <input type="hidden" name="market" value={market} />
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <NewPasswordFields idPrefix="invite" state={state} labels={dictionary.invite} dictionary={dictionary} />
      <SubmitButton label={dictionary.invite.submit} />
    </form>
  )
}
