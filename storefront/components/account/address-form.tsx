'use client'

import { useActionState } from 'react'

import { type AccountState, saveAddress } from '@/actions/account'
import { AddressFields } from '@/components/checkout/address-fields'
import type { ShopperTexts } from '@/i18n/shopper-texts'

type Props = {
  texts: ShopperTexts
  locale: 'ja' | 'en'
  countries: Array<{ code: string; name: string }>
  defaultCountry: string
}

const initial: AccountState = { status: 'idle' }

export function AddressForm({ texts, locale, countries, defaultCountry }: Props) {
  const [state, action, pending] = useActionState(saveAddress, initial)
  return (
    <form action={action} className="narrow-form" noValidate>
      {state.status === 'error' ? (
        <p className="alert" role="alert">
          {texts.errors[state.message]}
        </p>
      ) : null}
      <AddressFields
        texts={texts.checkout}
        fieldErrors={texts.errors.fields}
        locale={locale}
        countries={countries}
        defaults={{ countryCode: defaultCountry }}
        errors={state.status === 'error' ? state.fields : {}}
      />
      <button type="submit" className="button" disabled={pending}>
        {texts.account.save}
      </button>
    </form>
  )
}
