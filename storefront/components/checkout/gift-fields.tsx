'use client'

import { useState } from 'react'

import type { ShopperTexts } from '@/i18n/shopper-texts'

import { TextField } from './text-field'

type Props = {
  texts: ShopperTexts['checkout']
  error: (name: string) => string | undefined
}

const PURPOSES = ['celebration', 'wedding', 'condolence', 'thanks', 'seasonal'] as const
const KNOTS = ['chouchou', 'musubikiri', 'awaji'] as const
/** The knot custom expects for each occasion: a bow for joys that may come again, a tied knot for once. */
const KNOT_FOR: Record<(typeof PURPOSES)[number], (typeof KNOTS)[number]> = {
  celebration: 'chouchou',
  wedding: 'musubikiri',
  condolence: 'musubikiri',
  thanks: 'chouchou',
  seasonal: 'chouchou',
}

/** Gift wrapping and noshi (the paper band with the occasion and the giver's name). */
export function GiftFields({ texts, error }: Props) {
  const [wrapping, setWrapping] = useState<'none' | 'standard' | 'furoshiki'>('none')
  const [noshi, setNoshi] = useState(false)
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>('celebration')
  const [knot, setKnot] = useState<(typeof KNOTS)[number]>('chouchou')
  const wrappingError = error('wrapping')
  const knotError = error('knot')
  return (
    <fieldset className="fieldset">
      <legend>{texts.gift}</legend>
      <div className="field">
        <label htmlFor="wrapping">{texts.wrapping}</label>
        <select
          id="wrapping"
          name="wrapping"
          value={wrapping}
          onChange={(event) => setWrapping(event.target.value as typeof wrapping)}
          aria-invalid={wrappingError ? true : undefined}
          aria-describedby={wrappingError ? 'wrapping-error' : undefined}
        >
          <option value="none">{texts.wrappingNone}</option>
          <option value="standard">{texts.wrappingStandard}</option>
          <option value="furoshiki">{texts.wrappingFuroshiki}</option>
        </select>
        {wrappingError ? (
          <p className="field__error" id="wrapping-error">
            {wrappingError}
          </p>
        ) : null}
      </div>
      <label className="choice">
        <input type="checkbox" name="noshi" checked={noshi} onChange={(event) => setNoshi(event.target.checked)} />
        <span>{texts.noshi}</span>
      </label>
      {noshi ? (
        <div className="noshi">
          <div className="field">
            <label htmlFor="purpose">{texts.noshiPurpose}</label>
            <select
              id="purpose"
              name="purpose"
              value={purpose}
              onChange={(event) => {
                const next = event.target.value as (typeof PURPOSES)[number]
                setPurpose(next)
                setKnot(KNOT_FOR[next])
              }}
            >
              {PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {texts.purposes[p]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="knot">{texts.noshiKnot}</label>
            <select
              id="knot"
              name="knot"
              value={knot}
              onChange={(event) => setKnot(event.target.value as (typeof KNOTS)[number])}
              aria-invalid={knotError ? true : undefined}
              aria-describedby={knotError ? 'knot-error' : undefined}
            >
              {KNOTS.map((k) => (
                <option key={k} value={k}>
                  {texts.knots[k]}
                </option>
              ))}
            </select>
            {knotError ? (
              <p className="field__error" id="knot-error">
                {knotError}
              </p>
            ) : null}
          </div>
          <TextField name="giverName" label={texts.giverName} error={error('giverName')} required />
        </div>
      ) : null}
      <label className="choice">
        <input type="checkbox" name="hidePrices" />
        <span>{texts.hidePrices}</span>
      </label>
    </fieldset>
  )
}
