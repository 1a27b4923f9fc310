import type { PortalDictionary } from '@/i18n/portal'
import type { FormState } from '@/lib/portal/form-state'

import { Field } from './field'

type Props = {
  /** Keeps ids unique: Next keeps recently visited pages in the document (hidden). */
  idPrefix: string
  state: FormState
  labels: { password: string; confirm: string }
  dictionary: PortalDictionary
}

/** A new password typed twice, with the length hint. */
export function NewPasswordFields({ idPrefix, state, labels, dictionary }: Props) {
  return (
    <>
      <Field
        id={`${idPrefix}-password`}
        label={labels.password}
        hint={dictionary.password.hint}
        error={state.errors.password}
      >
        {(describedBy) => (
          <input
            id={`${idPrefix}-password`}
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
      <Field id={`${idPrefix}-confirm`} label={labels.confirm} error={state.errors.confirm}>
        {(describedBy) => (
          <input
            id={`${idPrefix}-confirm`}
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
