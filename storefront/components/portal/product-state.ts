import type { PortalDictionary } from '@/i18n/portal'
import type { ArtisanProduct } from '@/lib/portal/schemas'

export type ProductState = 'published' | 'draft' | 'sold' | 'madeToOrder'

/** What the dashboard says about a work: sold beats made to order beats its visibility. */
export function productStates(product: ArtisanProduct): ProductState[] {
  const states: ProductState[] = [product.status]
  if (product.sold_out && !product.made_to_order) states.push('sold')
  if (product.made_to_order) states.push('madeToOrder')
  return states
}

export function productStateLabel(state: ProductState, dictionary: PortalDictionary): string {
  return dictionary.dashboard.state[state]
}
