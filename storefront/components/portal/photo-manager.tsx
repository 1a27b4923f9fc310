import { changePhotosAction } from '@/actions/portal/products'
import type { PortalDictionary } from '@/i18n/portal'
import { portalPath } from '@/lib/portal/paths'
import type { ArtisanProduct } from '@/lib/portal/schemas'

type Props = {
  market: string
  product: ArtisanProduct
  dictionary: PortalDictionary
  outcome: 'saved' | 'failed' | 'no-files' | 'bad-file' | null
}

/**
 * Photos of a work: each photo with buttons to move it or remove it (one small form per button, so
 * it works without JavaScript and by keyboard), and an upload form. Uploads go to a route handler
 * (server actions cap request bodies at 1 MB; phone photos are larger); the store resizes them.
 */
export function PhotoManager({ market, product, dictionary, outcome }: Props) {
  const text = dictionary.product
  const message =
    outcome === 'saved'
      ? text.photosSaved
      : outcome === 'failed'
        ? text.photosFailed
        : outcome === 'no-files'
          ? text.noFiles
          : outcome === 'bad-file'
            ? text.badFile
            : null
  return (
    <section id="photos" className="portal-card" aria-labelledby="photos-heading">
      <h2 id="photos-heading">{text.photos}</h2>
      {message ? (
        <p role={outcome === 'saved' ? 'status' : 'alert'} className={outcome === 'saved' ? 'portal-message' : 'portal-message portal-message--error'}>
          {message}
        </p>
      ) : null}
      <ol className="portal-photos">
        {product.images.map((image, index) => (
          <li key={image.id} className="portal-photo">
            <img src={image.url} alt={text.photoAlt(index + 1)} loading="lazy" />
            <form action={changePhotosAction} className="portal-photo__actions">
              <input type="hidden" name="market" value={market} />
              <input type="hidden" name="id" value={product.id} />
              <button
                type="submit"
                name="op"
                value={`up:${index}`}
                className="portal-button portal-button--secondary"
                disabled={index === 0}
              >
                {text.moveUp}
              </button>
              <button
                type="submit"
                name="op"
                value={`down:${index}`}
                className="portal-button portal-button--secondary"
                disabled={index === product.images.length - 1}
              >
                {text.moveDown}
              </button>
              <button
                type="submit"
                name="op"
                value={`remove:${index}`}
                className="portal-button portal-button--danger"
              >
                {text.remove}
              </button>
            </form>
          </li>
        ))}
      </ol>
      <form
        action={portalPath(market, `/products/${product.id}/photos`)}
        method="post"
        encType="multipart/form-data"
        className="portal-form"
      >
        <div className="portal-field">
          <label htmlFor="photo-files">{text.addPhotos}</label>
          <input
            id="photo-files"
            name="files"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            aria-describedby="photo-files-hint"
          />
          <p id="photo-files-hint" className="portal-field__hint">
            {text.photosHint}
          </p>
        </div>
        <button type="submit" className="portal-button">
          {text.upload}
        </button>
      </form>
    </section>
  )
}
