'use client'

import { useActionState } from 'react'

import { markShippedAction } from '@/actions/portal/orders'
import type { Locale } from '@/i18n/markets'
import { getPortalDictionary } from '@/i18n/portal'
import { idleFormState } from '@/lib/portal/form-state'
import { CARRIERS } from '@/lib/portal/shipment'

import { Field } from './field'
import { FormMessage } from './form-message'
import { SubmitButton } from './submit-button'

export function ShipForm({ market, locale, orderId }: { market: string; locale: Locale; orderId: string }) {
  const dictionary = getPortalDictionary(locale)
  const text = dictionary.order
  const [state, action] = useActionState(markShippedAction, idleFormState)
  return (
    <form action={action} className="portal-form" noValidate>
      <input type="hidden" name="market" value={market} />
      <input type="hidden" name="id" value={orderId} />
      <FormMessage state={state} />
      <Field id="carrier" label={text.carrier} error={state.errors.carrier}>
        {(describedBy) => (
          <select
            id="carrier"
            name="carrier"
            required
            defaultValue={state.values.carrier ?? ''}
            aria-invalid={Boolean(state.errors.carrier)}
            aria-describedby={describedBy}
          >
            <option value="">{text.carrierChoose}</option>
            {CARRIERS.map((carrier) => (
              <option key={carrier} value={carrier}>
                {text.carriers[carrier]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="tracking_number" label={text.tracking} error={state.errors.tracking_number}>
        {(describedBy) => (
          <input
            id="tracking_number"
            name="tracking_number"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            required
            defaultValue={state.values.tracking_number ?? ''}
            aria-invalid={Boolean(state.errors.tracking_number)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <SubmitButton label={text.submit} />
    </form>
  )
}
