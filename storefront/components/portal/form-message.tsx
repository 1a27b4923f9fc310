import type { FormState } from '@/lib/portal/form-state'

/** The form's overall outcome, announced politely to screen readers. */
export function FormMessage({ state }: { state: FormState }) {
  const text = state.message ?? state.errors.form
  if (!text) return <p role="status" aria-live="polite" className="portal-visually-hidden" />
  return (
    <p
      role={state.status === 'error' ? 'alert' : 'status'}
      className={state.status === 'error' ? 'portal-message portal-message--error' : 'portal-message'}
    >
      {text}
    </p>
  )
}
