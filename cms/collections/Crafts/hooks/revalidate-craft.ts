import { craftTag, craftsTag } from '../../../cache-tags'
import { revalidateDocument } from '../../../hooks/revalidate-document'
import type { Craft } from '../../../payload-types'

const hooks = revalidateDocument<Craft>((craft: Partial<Craft>) =>
  craft.slug ? [craftsTag, craftTag(craft.slug)] : [craftsTag],
)
export const revalidateCraft = hooks.afterChange
export const revalidateCraftDelete = hooks.afterDelete
