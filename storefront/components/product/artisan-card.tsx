import { ShopImage } from '@/components/shop-image'

import type { Dictionary } from '@/i18n/dictionary'
import type { Artisan } from '@/lib/cms/types'

type Props = {
  handle: string
  artisan: Artisan | null
  marketSegment: string
  dictionary: Dictionary
}

/** The maker: portrait, name, workshop and a link to their page (name by handle if no profile). */
export function ArtisanCard({ handle, artisan, marketSegment, dictionary }: Props) {
  const name = artisan?.name ?? handle.replace(/-/g, ' ')
  return (
    <section className="maker" aria-labelledby="maker-heading">
      <h2 id="maker-heading">{dictionary.product.aboutMaker}</h2>
      <div className="maker__body">
        {artisan?.portrait ? (
          <ShopImage
            src={artisan.portrait.url}
            alt={artisan.portrait.alt || name}
            width={96}
            height={96}
            className="maker__portrait"
          />
        ) : null}
        <p>
          <strong>{name}</strong>
          {artisan?.location ? <span className="muted"> · {artisan.location}</span> : null}
        </p>
      </div>
      <p>
        <a href={`/${marketSegment}/artisans/${handle}`}>{dictionary.browse.viewProfile}</a>
      </p>
    </section>
  )
}
