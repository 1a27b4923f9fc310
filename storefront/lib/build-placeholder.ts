/**
 * Cache Components needs at least one value for each dynamic segment at build time. We prerender
 * no real market, product or story (that would read Medusa and the CMS during `next build`): this
 * value is none of them, so its build-time render is a 404. Real URLs render on their first request,
 * are stored whole (with a real 404 status when unknown), and are served from the cache until one of
 * their tags is revalidated.
 */
export const BUILD_PLACEHOLDER = '_'
