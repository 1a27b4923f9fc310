import { ShopImage } from '@/components/shop-image'

import type { HeroBlockView } from './types'

/** The page's opening: heading, lead and photograph (the page's largest paint, loaded first). */
export function HeroBlock({ block, marketSegment, first }: { block: HeroBlockView; marketSegment: string; first: boolean }) {
  const Heading = first ? 'h1' : 'h2'
  return (
    <section className="hero hero--block">
      <div className="hero__text">
        <Heading>{block.heading}</Heading>
        {block.subheading ? <p>{block.subheading}</p> : null}
        {block.cta?.label && block.cta.href ? (
          <p>
            <a href={localHref(marketSegment, block.cta.href)} className="button">
              {block.cta.label}
            </a>
          </p>
        ) : null}
      </div>
      {block.image ? (
        <ShopImage
          src={block.image.url}
          alt={block.image.alt}
          width={block.image.width ?? 1600}
          height={block.image.height ?? 900}
          sizes="(min-width: 72rem) 72rem, 100vw"
          priority={first}
          className="hero__image"
        />
      ) : null}
    </section>
  )
}

/** CMS links are written without the market (`/stories`): they stay in the reader's market. */
export function localHref(marketSegment: string, href: string): string {
  if (/^https?:\/\//.test(href)) return href
  const path = href.startsWith('/') ? href : `/${href}`
  return `/${marketSegment}${path === '/' ? '' : path}`
}
