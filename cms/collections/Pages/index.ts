import type { CollectionConfig } from 'payload'

import { authenticated } from '../../access/authenticated'
import { authenticatedOrPublished } from '../../access/authenticated-or-published'
import { createOrUpdateWithoutPublishing } from '../../access/create-or-update-without-publishing'
import { FeaturedCraft } from '../../blocks/featured-craft'
import { FeaturedStory } from '../../blocks/featured-story'
import { Hero } from '../../blocks/hero'
import { ProductRail } from '../../blocks/product-rail'
import { VisitGallery } from '../../blocks/visit-gallery'
import { handleField } from '../../fields/handle'
import { redirectOldSlug } from '../../hooks/redirect-old-slug'
import { schedulePublishEndpoint } from '../../endpoints/schedule-publish'
import { refuseEditorPublish } from '../../hooks/refuse-editor-publish'
import { livePreview } from '../../live-preview'
import { pagePath } from '../../paths-public'
import { revalidatePage, revalidatePageDelete } from './hooks/revalidate-page'

/** Brand pages built from blocks: home, about, visit the Ginza gallery. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  access: {
    create: createOrUpdateWithoutPublishing,
    delete: authenticated,
    read: authenticatedOrPublished,
    readVersions: authenticated,
    update: createOrUpdateWithoutPublishing,
  },
  admin: {
    defaultColumns: ['title', 'slug', 'updatedAt', '_status'],
    useAsTitle: 'title',
    livePreview: livePreview(pagePath),
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    handleField('slug', 'The page address: home is /{market}, others /{market}/{slug}.'),
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks: [Hero, FeaturedStory, FeaturedCraft, ProductRail, VisitGallery],
    },
  ],
  endpoints: [schedulePublishEndpoint('pages')],
  hooks: {
    beforeChange: [refuseEditorPublish],
    afterChange: [revalidatePage, redirectOldSlug('pages', pagePath)],
    afterDelete: [revalidatePageDelete],
  },
  versions: {
    drafts: {
      autosave: { interval: 2000 },
      schedulePublish: true,
    },
    maxPerDoc: 50,
  },
}
