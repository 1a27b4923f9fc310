import { ShopImage } from '@/components/shop-image'

import { RichText } from '@/components/rich-text'
import type { Dictionary } from '@/i18n/dictionary'
import type { Craft } from '@/lib/cms/types'

type Props = { craft: Craft | null; dictionary: Dictionary }

/** The craft's guide from the CMS: summary, photograph, history, steps of the technique, care. */
export function CraftGuide({ craft, dictionary }: Props) {
  if (!craft) return null
  return (
    <>
      {craft.summary ? <p className="article__lead">{craft.summary}</p> : null}
      {craft.heroImage ? (
        <ShopImage
          src={craft.heroImage.url}
          alt={craft.heroImage.alt}
          width={craft.heroImage.width ?? 1200}
          height={craft.heroImage.height ?? 800}
          sizes="(min-width: 40rem) 40rem, 100vw"
          priority
          className="article__hero"
        />
      ) : null}
      {craft.history ? (
        <section aria-labelledby="craft-history">
          <h2 id="craft-history">{dictionary.browse.craftGuide}</h2>
          <RichText data={craft.history} />
        </section>
      ) : null}
      {craft.techniqueSteps.length > 0 ? (
        <section aria-labelledby="craft-steps">
          <h2 id="craft-steps">{dictionary.browse.technique}</h2>
          <ol className="steps">
            {craft.techniqueSteps.map((step) => (
              <li key={step.title}>
                <h3>{step.title}</h3>
                <p>{step.description}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {craft.care.length > 0 ? (
        <section aria-labelledby="craft-care">
          <h2 id="craft-care">{dictionary.browse.care}</h2>
          <dl className="facts">
            {craft.care.map((item) => (
              <div key={item.careKey}>
                <dt>{item.material}</dt>
                <dd>{item.instructions}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </>
  )
}
