import { ShopImage } from '@/components/shop-image'

import type { ProductImage } from '@/lib/commerce/types'

type Props = { images: ProductImage[]; title: string; label: string }

/**
 * The work's photos: the first is the page's largest paint (priority, sized for the column), the
 * others load lazily. next/image serves them resized (AVIF/WebP) from Medusa's files.
 */
export function Gallery({ images, title, label }: Props) {
  if (images.length === 0) return <div className="product__placeholder" role="presentation" />
  return (
    <section className="product__gallery" aria-label={label}>
      {images.map((image, index) => (
        <ShopImage
          key={image.url}
          src={image.url}
          alt={index === 0 ? title : `${title} (${index + 1})`}
          width={900}
          height={900}
          sizes="(min-width: 48rem) 50vw, 100vw"
          priority={index === 0}
        />
      ))}
    </section>
  )
}
