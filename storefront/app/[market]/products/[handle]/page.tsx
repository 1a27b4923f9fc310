import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/page-shell'
import { Price } from '@/components/price'
import { RichText } from '@/components/rich-text'
import { getDictionary } from '@/i18n/dictionary'
import { getArtisan } from '@/lib/cms/artisans'
import { listStoriesFeaturingProduct } from '@/lib/cms/stories'
import { getProduct } from '@/lib/commerce/products'
import { BUILD_PLACEHOLDER } from '@/lib/build-placeholder'
import { resolveMarket } from '@/lib/market'
import { alternatesFor } from '@/lib/metadata'

type Props = PageProps<'/[market]/products/[handle]'>

const HANDLE = /^[a-z0-9][a-z0-9_-]{0,199}$/

function firstParagraph(text: string | null): string | undefined {
  const paragraph = text?.split(/\n\s*\n/)[0]?.trim()
  return paragraph ? paragraph.slice(0, 200) : undefined
}

async function load(params: Props['params']) {
  const { market: segment, handle } = await params
  if (!HANDLE.test(handle)) return null
  const market = await resolveMarket(segment)
  if (!market) return null
  const product = await getProduct(handle, market.region, market.locale)
  return product ? { market, product } : null
}

/** Nothing is prerendered at build time (see lib/build-placeholder.ts). */
export function generateStaticParams(): { handle: string }[] {
  return [{ handle: BUILD_PLACEHOLDER }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params)
  if (!found) return {}
  const { market, product } = found
  return {
    title: product.title,
    description: product.subtitle ?? firstParagraph(product.description),
    alternates: alternatesFor(market, `/products/${product.handle}`),
    openGraph: product.thumbnail ? { images: [{ url: product.thumbnail }] } : undefined,
  }
}

/** A work: Medusa's product (price, stock) joined by handle with its maker's profile from Payload. */
export default async function ProductPage({ params }: Props) {
  const found = await load(params)
  if (!found) notFound()
  const { market, product } = found
  const dictionary = getDictionary(market.locale)
  const [artisan, stories] = await Promise.all([
    product.artisanHandle ? getArtisan(product.artisanHandle, market.locale) : null,
    listStoriesFeaturingProduct(product.handle, market.locale),
  ])
  const craft = product.craft ? dictionary.crafts[product.craft] : undefined

  return (
    <PageShell market={market} dictionary={dictionary} path={`/products/${product.handle}`}>
      <article className="product">
        <div className="product__gallery">
          {product.images.length > 0 ? (
            product.images.map((image, index) => (
              <img
                key={image.url}
                src={image.url}
                alt={index === 0 ? image.alt : ''}
                loading={index === 0 ? 'eager' : 'lazy'}
                fetchPriority={index === 0 ? 'high' : undefined}
                decoding="async"
              />
            ))
          ) : product.thumbnail ? (
            <img src={product.thumbnail} alt={product.title} fetchPriority="high" />
          ) : (
            <div className="product__placeholder" />
          )}
        </div>

        <div>
          {craft ? <p className="muted">{craft}</p> : null}
          <h1>{product.title}</h1>
          {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}
          <Price
            money={product.price}
            taxInclusive={product.taxInclusive}
            languageTag={market.languageTag}
            dictionary={dictionary}
          />
          <p className={product.availability === 'sold-out' ? 'badge badge--muted' : 'badge'}>
            {product.availability === 'sold-out'
              ? dictionary.product.soldOut
              : product.oneOfAKind
                ? dictionary.product.oneOfAKind
                : dictionary.product.inStock}
          </p>
          {product.description ? (
            <div className="prose">
              {product.description.split(/\n\s*\n/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}

          {artisan ? (
            <section className="maker" aria-labelledby="maker-heading">
              <h2 id="maker-heading">{dictionary.product.aboutMaker}</h2>
              <p>
                <strong>{artisan.name}</strong>
                {artisan.location ? <span className="muted"> · {artisan.location}</span> : null}
              </p>
              <RichText data={artisan.bio} />
            </section>
          ) : null}

          {stories.length > 0 ? (
            <section className="section" aria-labelledby="stories-heading">
              <h2 id="stories-heading">{dictionary.product.inStories}</h2>
              <ul>
                {stories.map((story) => (
                  <li key={story.slug}>
                    <Link href={`/${market.segment}/stories/${story.slug}`}>{story.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </article>
    </PageShell>
  )
}
