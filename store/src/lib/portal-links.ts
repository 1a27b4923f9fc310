import { env } from "../../env"

/**
 * Links to the storefront's artisan portal (Japanese first) carried by invitation and password-reset
 * e-mails. Null when STOREFRONT_URL is not configured: the e-mail then holds the token only.
 */
export function portalLink(path: "/invite" | "/reset-password", query: Record<string, string>): string | null {
  if (!env.STOREFRONT_URL) return null
  const url = new URL(`/ja-jp/artisan${path}`, env.STOREFRONT_URL)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  return url.toString()
}
