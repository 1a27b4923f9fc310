/**
 * Cache tag names of editorial content, shared by the CMS hooks (which revalidate them) and the
 * storefront (which tags its cached reads with them). Commerce tags live with the storefront's
 * commerce reads. Names follow the project contract; change them there first.
 */
export const storiesTag = 'stories'
export const artisansTag = 'artisans'
export const craftsTag = 'crafts'

export const storyTag = (slug: string): string => `story:${slug}`
export const artisanTag = (handle: string): string => `artisan:${handle}`
export const craftTag = (slug: string): string => `craft:${slug}`
export const pageTag = (slug: string): string => `page:${slug}`

/** Site-wide content (header, footer, announcement bar): `global:{slug}`. Not in the first contract;
 * added with the globals. */
export const globalTag = (slug: string): string => `global:${slug}`
