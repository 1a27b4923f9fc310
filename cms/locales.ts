/** Content locales of the CMS. Japanese is the default and the fallback for every other locale. */
export const contentLocales = ['ja', 'en'] as const
export type ContentLocale = (typeof contentLocales)[number]
export const defaultContentLocale: ContentLocale = 'ja'

export function isContentLocale(value: string): value is ContentLocale {
  return (contentLocales as readonly string[]).includes(value)
}
