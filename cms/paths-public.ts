/**
 * Public paths of editorial documents, without the market prefix (`/ja-jp`, `/en-us`): the storefront
 * serves them under every market. Redirects store these paths.
 */
export const storyPath = (slug: string): string => `/stories/${slug}`
export const craftPath = (slug: string): string => `/crafts/${slug}`
export const pagePath = (slug: string): string => (slug === 'home' ? '/' : `/${slug}`)
