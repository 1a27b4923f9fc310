import type React from 'react'

type Props = {
  id: string
  label: string
  error?: string
  hint?: string
  children: (describedBy: string | undefined) => React.ReactNode
}

/**
 * A labelled form control with its hint and error right beneath it. The error is tied to the control
 * with aria-describedby, so screen readers announce it with the field.
 */
export function Field({ id, label, error, hint, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'portal-field portal-field--invalid' : 'portal-field'}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
      {hint ? (
        <p id={hintId} className="portal-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="portal-field__error" data-field-error={id}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
