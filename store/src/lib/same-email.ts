import { createHash, timingSafeEqual } from "node:crypto"

const digest = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest()

/**
 * Whether two e-mail addresses are the same, ignoring case and surrounding spaces. Compares
 * fixed-length digests in constant time, so the answer's timing says nothing about how much matched.
 */
export function sameEmail(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b))
}
