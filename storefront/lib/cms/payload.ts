import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** Payload's Local API, in process (no network hop). Payload caches the instance itself. */
export function payload(): Promise<Payload> {
  return getPayload({ config })
}
