import '@/components/portal/portal.css'

import type { Metadata } from 'next'
import type React from 'react'

/**
 * The artisan portal. Unlike the shop's pages, every portal page reads the session cookie and so
 * renders per request; it may block on the server (no instant-navigation shell to validate).
 */
export const instant = false

export const metadata: Metadata = {
  robots: { index: false, follow: false },
}

export default function PortalLayout({ children }: { children: React.ReactNode }) {
  return children
}
