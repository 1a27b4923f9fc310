import type { Dictionary } from '@/i18n/dictionary'
import type { ResolvedMarket } from '@/lib/market'

type Props = { slug: string; market: ResolvedMarket; dictionary: Dictionary }

/**
 * The craft's guide from the CMS. Renders nothing until the CMS has a guide for the craft, so the
 * page always shows the craft's works.
 */
export async function CraftGuide(_props: Props) {
  return null
}
