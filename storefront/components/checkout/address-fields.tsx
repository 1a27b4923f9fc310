'use client'

import { useState } from 'react'

import type { ShopperTexts } from '@/i18n/shopper-texts'

import { PREFECTURES, US_STATES } from './address-data'
import { TextField } from './text-field'

export type AddressDefaults = Partial<{
  firstName: string
  lastName: string
  address1: string
  address2: string
  city: string
  province: string
  postalCode: string
  countryCode: string
  phone: string
}>

type Props = {
  texts: ShopperTexts['checkout']
  fieldErrors: ShopperTexts['errors']['fields']
  locale: 'ja' | 'en'
  countries: Array<{ code: string; name: string }>
  defaults: AddressDefaults
  errors: Record<string, string>
}

/**
 * An address form that fits the country. Japan: postal code → prefecture → city → street → building,
 * family name first in Japanese. United States: street, city, state, ZIP. Europe: street, postcode, city.
 */
export function AddressFields({ texts, fieldErrors, locale, countries, defaults, errors }: Props) {
  const [country, setCountry] = useState(defaults.countryCode ?? countries[0]?.code ?? 'jp')
  const error = (name: string) => {
    const key = errors[name]
    return key ? (fieldErrors[key] ?? key) : undefined
  }
  const field = (name: keyof AddressDefaults, label: string, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      key={name}
      name={name}
      label={label}
      defaultValue={defaults[name] ?? ''}
      error={error(name)}
      required
      {...props}
    />
  )
  const familyFirst = locale === 'ja'
  const names = familyFirst
    ? [
        field('lastName', texts.familyName, { autoComplete: 'family-name' }),
        field('firstName', texts.givenName, { autoComplete: 'given-name' }),
      ]
    : [
        field('firstName', texts.firstName, { autoComplete: 'given-name' }),
        field('lastName', texts.lastName, { autoComplete: 'family-name' }),
      ]
  const countrySelect =
    countries.length > 1 ? (
      <div className="field" key="country">
        <label htmlFor="countryCode">{texts.country}</label>
        <select
          id="countryCode"
          name="countryCode"
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          autoComplete="country"
          aria-invalid={error('countryCode') ? true : undefined}
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {error('countryCode') ? <p className="field__error">{error('countryCode')}</p> : null}
      </div>
    ) : (
      <input type="hidden" name="countryCode" value={country} key="country" />
    )
  const provinceError = error('province')
  const select = (label: string, options: Array<{ value: string; label: string }>, autoComplete: string) => (
    <div className="field" key="province">
      <label htmlFor="province">{label}</label>
      <select
        id="province"
        name="province"
        defaultValue={defaults.province ?? ''}
        autoComplete={autoComplete}
        required
        aria-invalid={provinceError ? true : undefined}
        aria-describedby={provinceError ? 'province-error' : undefined}
      >
        <option value="">{texts.choose}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {provinceError ? (
        <p className="field__error" id="province-error">
          {provinceError}
        </p>
      ) : null}
    </div>
  )
  const phone = field('phone', texts.phone, { type: 'tel', autoComplete: 'tel', required: false })
  const address2 = field('address2', texts.address2, { autoComplete: 'address-line2', required: false })

  let rows: React.ReactNode[]
  if (country === 'jp') {
    rows = [
      ...names,
      countrySelect,
      field('postalCode', texts.postalCode, {
        autoComplete: 'postal-code',
        inputMode: 'numeric',
        placeholder: '104-0061',
      }),
      select(
        texts.prefecture,
        PREFECTURES.map((p) => ({ value: p.ja, label: locale === 'ja' ? p.ja : `${p.en} (${p.ja})` })),
        'address-level1',
      ),
      field('city', texts.city, { autoComplete: 'address-level2' }),
      field('address1', texts.address1Jp, { autoComplete: 'address-line1' }),
      address2,
      phone,
    ]
  } else if (country === 'us') {
    rows = [
      ...names,
      countrySelect,
      field('address1', texts.address1, { autoComplete: 'address-line1' }),
      address2,
      field('city', texts.cityPlain, { autoComplete: 'address-level2' }),
      select(
        texts.state,
        US_STATES.map((s) => ({ value: s.code, label: s.name })),
        'address-level1',
      ),
      field('postalCode', texts.zip, { autoComplete: 'postal-code', inputMode: 'numeric' }),
      phone,
    ]
  } else {
    rows = [
      ...names,
      countrySelect,
      field('address1', texts.address1, { autoComplete: 'address-line1' }),
      address2,
      field('postalCode', texts.postcode, { autoComplete: 'postal-code' }),
      field('city', texts.cityPlain, { autoComplete: 'address-level2' }),
      phone,
    ]
  }
  return <div className="address-fields">{rows}</div>
}
