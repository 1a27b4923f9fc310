import type { Dictionary } from '@/i18n/dictionary'
import type { CraftDetails } from '@/lib/commerce/types'

type Props = { attributes: CraftDetails; craftName: string | null; dictionary: Dictionary }

/** Technique, material, provenance (signed box, packaging) and care, from the craft attributes. */
export function CraftDetailsSection({ attributes, craftName, dictionary }: Props) {
  const care = attributes.careKey ? dictionary.careNotes[attributes.careKey] : undefined
  const packaging = attributes.packaging ? dictionary.browse.packaging[attributes.packaging] : undefined
  const facts = [
    craftName ? { term: dictionary.browse.craft, value: craftName } : null,
    attributes.technique ? { term: dictionary.browse.technique, value: attributes.technique } : null,
    attributes.material ? { term: dictionary.browse.material, value: attributes.material } : null,
  ].filter((fact): fact is { term: string; value: string } => fact !== null)
  const provenance = attributes.signedBox || packaging
  if (facts.length === 0 && !care && !provenance) return null
  return (
    <div className="craft-details">
      {facts.length > 0 ? (
        <dl className="facts">
          {facts.map((fact) => (
            <div key={fact.term}>
              <dt>{fact.term}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {provenance ? (
        <section aria-labelledby="provenance-heading">
          <h2 id="provenance-heading">{dictionary.browse.provenance}</h2>
          {attributes.signedBox ? <p>{dictionary.browse.signedBox}</p> : null}
          {packaging && !attributes.signedBox ? <p>{packaging}</p> : null}
        </section>
      ) : null}
      {care ? (
        <section aria-labelledby="care-heading">
          <h2 id="care-heading">{dictionary.browse.care}</h2>
          <p>{care}</p>
        </section>
      ) : null}
    </div>
  )
}
