import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { FeaturedProducts } from '../blocks/featured-products'
import { ImageGallery } from '../blocks/image-gallery'
import { PullQuote } from '../blocks/pull-quote'
import { VideoEmbed } from '../blocks/video-embed'

/** A story's body: Lexical's default features plus the magazine's blocks. */
export const storyBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    BlocksFeature({ blocks: [ImageGallery, PullQuote, FeaturedProducts, VideoEmbed] }),
  ],
})
