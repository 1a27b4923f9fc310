import { pageTag } from '../../../cache-tags'
import { revalidateDocument } from '../../../hooks/revalidate-document'
import type { Page } from '../../../payload-types'

const hooks = revalidateDocument<Page>((page: Partial<Page>) => (page.slug ? [pageTag(page.slug)] : []))
export const revalidatePage = hooks.afterChange
export const revalidatePageDelete = hooks.afterDelete
