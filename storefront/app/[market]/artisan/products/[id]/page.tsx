import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PhotoManager } from '@/components/portal/photo-manager'
import { PortalShell } from '@/components/portal/portal-shell'
import { ProductForm } from '@/components/portal/product-form'
import { getPortalDictionary } from '@/i18n/portal'
import { parseMarket } from '@/i18n/markets'
import { requireArtisan } from '@/lib/portal/current-artisan'
import { portalPageMarket, searchParam } from '@/lib/portal/page-market'
import { portalPath } from '@/lib/portal/paths'
import { productFormValues } from '@/lib/portal/product-form'
import { retrieveArtisanProduct } from '@/lib/portal/products'

type Props = PageProps<'/[market]/artisan/products/[id]'>

/** Reads the session cookie or the URL's query: rendered per request, like every portal page. */
export const instant = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const market = parseMarket((await params).market)
  return { title: getPortalDictionary(market?.locale ?? 'ja').product.editTitle }
}

const PHOTO_OUTCOMES = ['saved', 'failed', 'no-files', 'bad-file'] as const

/** Edit one of the artisan's works; anyone else's answers "not found". */
export default async function EditProductPage({ params, searchParams }: Props) {
  const { market, dictionary } = await portalPageMarket(params)
  const { token } = await requireArtisan(market.segment)
  const { id } = await params
  const result = await retrieveArtisanProduct(token, id)
  if (!result) notFound()
  if (!result.ok) throw new Error(`GET /artisan/products/${id} failed: ${result.status} ${result.message}`)
  const product = result.data.product
  const photos = searchParam(await searchParams, 'photos')
  const outcome = PHOTO_OUTCOMES.find((o) => o === photos) ?? null
  const title = (market.locale === 'ja' ? product.title_ja : product.title_en) || product.title_en

  return (
    <PortalShell market={market} dictionary={dictionary} path={`/products/${product.id}`} signedIn>
      <p>
        <Link href={portalPath(market.segment)} className="portal-header__link">
          ← {dictionary.product.back}
        </Link>
      </p>
      <h1 id="edit-heading">{title}</h1>
      <p className="muted">{dictionary.product.editTitle}</p>
      <ProductForm
        market={market.segment}
        locale={market.locale}
        languageTag={market.languageTag}
        productId={product.id}
        initial={productFormValues(product)}
        oneOfAKind={product.one_of_a_kind}
        madeToOrder={product.made_to_order}
      />
      <PhotoManager market={market.segment} product={product} dictionary={dictionary} outcome={outcome} />
    </PortalShell>
  )
}
