'use client'

import { useFormStatus } from 'react-dom'

/** A form's main button, disabled while the form is being sent (no double submits). */
export function SubmitButton({ label }: { label: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="portal-button" disabled={pending} aria-disabled={pending}>
      {label}
    </button>
  )
}
