/**
 * Open Referral identifiers: UUIDs (version 5, RFC 9562) derived from the kind of record and our
 * id, so that the same record has the same id in every build and whether the database gave its id
 * as a number (SQLite) or a string (MongoDB's ObjectId, or a number read back from JSON):
 * `openReferralId('services', 12)` and `openReferralId('services', '12')` are the same UUID.
 * Records made of two of ours (a service at a venue) join both ids.
 */
import { createHash } from 'node:crypto'
import type { Id } from '../records/fields.ts'

/** Our namespace: fixed forever, since every published id depends on it. */
const NAMESPACE = '98b51f4e-6c5a-456d-ac1e-b0da662abe5f'
const namespaceBytes = Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex')

/** The kinds of record we give ids to, one per Open Referral table we fill. */
export type OpenReferralKind =
  | 'organizations'
  | 'services'
  | 'locations'
  | 'addresses'
  | 'accessibility'
  | 'service_at_locations'
  | 'schedules'
  | 'taxonomies'
  | 'taxonomy_terms'
  | 'attributes'
  | 'cost_options'
  | 'contacts'
  | 'phones'
  | 'languages'

/** A UUID version 5 of a name in our namespace. */
export const uuidV5 = (name: string): string => {
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** The Open Referral id of one of our records, or of a part of one ("phones", service 12, "booking"). */
export const openReferralId = (kind: OpenReferralKind, ...parts: readonly (Id | string)[]): string =>
  uuidV5([kind, ...parts.map(String)].join('/'))

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
