/** Name of the artisan's session cookie (read by the portal's pages and by proxy.ts). */
export const SESSION_COOKIE = 'ginza_artisan_session'
