import { getImageProps, type ImageProps } from 'next/image'
import { preload } from 'react-dom'

type Props = Pick<ImageProps, 'src' | 'alt' | 'width' | 'height' | 'sizes' | 'className' | 'quality'> & {
  /** The page's largest paint: preloaded from the document's head and fetched first. */
  priority?: boolean
}

/**
 * A resized photo (AVIF/WebP through Next's image optimizer) as a plain `<img>` rendered on the
 * server: the same `srcset` as `next/image`, without its client component, so a shop page ships no
 * JavaScript for its photos.
 */
export function ShopImage({ priority = false, ...image }: Props) {
  const { props } = getImageProps({ ...image, loading: priority ? 'eager' : 'lazy', decoding: 'async' })
  if (priority && typeof props.src === 'string') {
    preload(props.src, {
      as: 'image',
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: 'high',
    })
  }
  // getImageProps adds `style="color:transparent"` for its blur placeholder; there is none here.
  const { style: _style, ...attributes } = props
  return <img {...attributes} alt={image.alt} fetchPriority={priority ? 'high' : undefined} />
}
