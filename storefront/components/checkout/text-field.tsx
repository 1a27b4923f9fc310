import type React from 'react'
import { useId } from 'react'

type Props = {
  name: string
  label: string
  defaultValue?: string
  error?: string
  required?: boolean
  type?: string
  autoComplete?: string
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode']
  placeholder?: string
  hint?: string
}

/** A labelled input whose error is announced with it (aria-describedby, aria-invalid). */
export function TextField({ name, label, defaultValue, error, required, type = 'text', autoComplete, inputMode, placeholder, hint }: Props) {
  // Unique per page: Next keeps visited pages (hidden) in the document, so a fixed id would repeat.
  const id = `field-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
