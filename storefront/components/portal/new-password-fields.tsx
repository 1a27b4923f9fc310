import type { PortalDictionary } from '@/i18n/portal'
import type { FormState } from '@/lib/portal/form-state'

import { Field } from './field'

type Props = {
  state: FormState
  labels: { password: string; confirm: string }
  dictionary: PortalDictionary
}

/** A new password typed twice, with the length hint. */
export function NewPasswordFields({ state, labels, dictionary }: Props) {
  return (
    <>
      <Field
        id="password"
        label={labels.password}
        hint={dictionary.password.hint}
        error={state.errors.password}
      >
        {(describedBy) => (
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            aria-invalid={Boolean(state.errors.password)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field id="confirm" label={labels.confirm} error={state.errors.confirm}>
        {(describedBy) => (
          <input
            id="confirm"
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={Boolean(state.errors.confirm)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
    </>
  )
}
