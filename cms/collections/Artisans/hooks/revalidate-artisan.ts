import { artisanTag, artisansTag } from '../../../cache-tags'
import { revalidateDocument } from '../../../hooks/revalidate-document'
import type { Artisan } from '../../../payload-types'

const hooks = revalidateDocument<Artisan>((artisan: Partial<Artisan>) =>
  artisan.handle ? [artisansTag, artisanTag(artisan.handle)] : [artisansTag],
)
export const revalidateArtisan = hooks.afterChange
export const revalidateArtisanDelete = hooks.afterDelete
