import { en } from '@/i18n/dictionaries/en'
import { formatMoney } from '@/i18n/money'
import { getProduct } from '@/lib/commerce/products'
import { resolveMarket } from '@/lib/market'
import { isLatin, OG_SIZE, ogCard } from '@/lib/seo/og-image'

export const size = OG_SIZE
export const contentType = 'image/png'
export const alt = 'Ginza no Kanazawa'

const HANDLE = /^[a-z0-9][a-z0-9_-]{0,199}$/

/** The product's card for link previews: its English title, craft and price in the market. */
export default async function ProductOgImage({
  params,
}: {
  params: Promise<{ market: string; handle: string }>
}) {
  const { market: segment, handle } = await params
  const market = HANDLE.test(handle) ? await resolveMarket(segment) : null
  // English texts: the card's font is Latin only (see lib/seo/og-image.tsx).
  const product = market ? await getProduct(handle, market.region, 'en') : null
  if (!market || !product) return ogCard({ eyebrow: en.siteName, title: en.home.heroTitle, line: null })
  const craft = product.craft ? (en.crafts[product.craft] ?? product.craft) : en.siteName
  const price = product.price ? formatMoney(product.price, 'en-US') : null
  return ogCard({
    eyebrow: craft.toUpperCase(),
    title: isLatin(product.title) ? product.title : craft,
    line: price,
  })
}
