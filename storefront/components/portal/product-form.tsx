'use client'

import { useActionState, useEffect, useRef, useState } from 'react'

import { updateProductAction } from '@/actions/portal/products'
import type { Locale } from '@/i18n/markets'
import { formatMoney } from '@/i18n/money'
import { getPortalDictionary } from '@/i18n/portal'
import { CARE_KEYS } from '@/lib/portal/care-keys'
import { type ForeignCurrency, suggestedPrice } from '@/lib/portal/exchange-rates'
import { idleFormState } from '@/lib/portal/form-state'
import { parseWholeNumber } from '@/lib/portal/numbers'
import type { ProductFormValues } from '@/lib/portal/product-form'

import { Field } from './field'
import { FormMessage } from './form-message'
import { SubmitButton } from './submit-button'

type Props = {
  market: string
  locale: Locale
  languageTag: string
  productId: string
  initial: ProductFormValues
  oneOfAKind: boolean
  madeToOrder: boolean
}

/**
 * The edit form of a work. One submit sends every change in one request; a refused form keeps what
 * was typed and shows each message next to its field.
 */
export function ProductForm({ market, locale, languageTag, productId, initial, oneOfAKind, madeToOrder }: Props) {
  const dictionary = getPortalDictionary(locale)
  const text = dictionary.product
  const [state, action] = useActionState(updateProductAction, idleFormState)
  const values: ProductFormValues = state.status === 'idle' ? initial : { ...initial, ...state.values }
  const [yenInput, setYenInput] = useState(values.price_jpy)
  useEffect(() => {
    if (state.status !== 'idle') setYenInput(state.values.price_jpy ?? '')
  }, [state])
  const foreignInputs = { usd: useRef<HTMLInputElement>(null), eur: useRef<HTMLInputElement>(null) }
  const yen = parseWholeNumber(yenInput)

  const error = (field: keyof ProductFormValues) => state.errors[field]
  const textInput = (field: 'title_ja' | 'title_en', label: string, lang: Locale) => (
    <Field id={field} label={label} error={error(field)}>
      {(describedBy) => (
        <input
          id={field}
          name={field}
          type="text"
          lang={lang}
          required
          maxLength={200}
          defaultValue={values[field]}
          aria-invalid={Boolean(error(field))}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  )
  const textArea = (field: 'description_ja' | 'description_en', label: string, lang: Locale) => (
    <Field id={field} label={label} error={error(field)}>
      {(describedBy) => (
        <textarea
          id={field}
          name={field}
          lang={lang}
          rows={6}
          defaultValue={values[field]}
          aria-invalid={Boolean(error(field))}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  )
  const foreignPrice = (currency: ForeignCurrency, label: string) => {
    const field = currency === 'usd' ? 'price_usd' : 'price_eur'
    const suggestion = yen !== null && yen > 0 ? suggestedPrice(yen, currency) : null
    const formatted = suggestion
      ? formatMoney(
          { amount: Number.parseInt(suggestion.replace('.', ''), 10), currency: currency.toUpperCase() },
          languageTag,
        )
      : null
    return (
      <Field
        id={field}
        label={label}
        error={error(field)}
        hint={formatted ? text.suggested(formatted) : undefined}
      >
        {(describedBy) => (
          <div className="portal-inline">
            <input
              ref={foreignInputs[currency]}
              id={field}
              name={field}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={values[field]}
              aria-invalid={Boolean(error(field))}
              aria-describedby={describedBy}
            />
            {suggestion ? (
              <button
                type="button"
                className="portal-button portal-button--secondary"
                onClick={() => {
                  const input = foreignInputs[currency].current
                  if (input) input.value = suggestion
                }}
              >
                {text.useSuggested}
              </button>
            ) : null}
          </div>
        )}
      </Field>
    )
  }

  return (
    <form action={action} className="portal-form" noValidate aria-labelledby="edit-heading">
      <input type="hidden" name="market" value={market} />
      <input type="hidden" name="id" value={productId} />
      <FormMessage state={state} />

      <fieldset>
        <legend>{text.japanese}</legend>
        {textInput('title_ja', text.titleJa, 'ja')}
        {textArea('description_ja', text.descriptionJa, 'ja')}
      </fieldset>
      <fieldset>
        <legend>{text.english}</legend>
        {textInput('title_en', text.titleEn, 'en')}
        {textArea('description_en', text.descriptionEn, 'en')}
      </fieldset>

      <fieldset>
        <legend>{text.prices}</legend>
        <Field id="price_jpy" label={text.priceJpy} error={error('price_jpy')}>
          {(describedBy) => (
            <input
              id="price_jpy"
              name="price_jpy"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              required
              value={yenInput}
              onChange={(event) => setYenInput(event.target.value)}
              aria-invalid={Boolean(error('price_jpy'))}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        {foreignPrice('usd', text.priceUsd)}
        {foreignPrice('eur', text.priceEur)}
      </fieldset>

      <fieldset>
        <legend>{text.stock}</legend>
        <Field
          id="stock"
          label={text.stock}
          error={error('stock')}
          hint={oneOfAKind ? text.stockHintOneOfAKind : undefined}
        >
          {(describedBy) => (
            <input
              id="stock"
              name="stock"
              type="number"
              inputMode="numeric"
              min={0}
              max={oneOfAKind ? 1 : 9999}
              step={1}
              required
              defaultValue={values.stock}
              aria-invalid={Boolean(error('stock'))}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        {madeToOrder ? (
          <Field id="lead_time_days" label={text.leadTime} error={error('lead_time_days')}>
            {(describedBy) => (
              <input
                id="lead_time_days"
                name="lead_time_days"
                type="number"
                inputMode="numeric"
                min={1}
                max={365}
                step={1}
                required
                defaultValue={values.lead_time_days}
                aria-invalid={Boolean(error('lead_time_days'))}
                aria-describedby={describedBy}
              />
            )}
          </Field>
        ) : null}
        <Field id="care_key" label={text.careKey} error={error('care_key')}>
          {(describedBy) => (
            <select
              id="care_key"
              name="care_key"
              defaultValue={values.care_key}
              aria-invalid={Boolean(error('care_key'))}
              aria-describedby={describedBy}
            >
              <option value="">{text.careChoose}</option>
              {CARE_KEYS.map((key) => (
                <option key={key} value={key}>
                  {dictionary.care[key]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className={error('status') ? 'portal-field--invalid' : undefined}>
        <legend>{text.status}</legend>
        {(['published', 'draft'] as const).map((status) => (
          <label key={status} className="portal-choice">
            <input type="radio" name="status" value={status} defaultChecked={values.status === status} />
            <span>{status === 'published' ? text.statusPublished : text.statusDraft}</span>
          </label>
        ))}
        {error('status') ? <p className="portal-field__error">{error('status')}</p> : null}
      </fieldset>

      <SubmitButton label={text.save} />
    </form>
  )
}
