/**
 * Who the requester is. Every access predicate starts here, so roles are read one way only.
 * Relationship values may arrive as ids or populated objects; ids are numbers (SQLite) or strings (MongoDB).
 */
import type { Role } from '../../core/records/vocabulary.ts'

type Id = number | string
type Related = Id | { id: Id } | null | undefined

export interface StaffUser {
  id: Id
  role?: Role | null
  hubs?: Related[] | null
  organisation?: Related
  collection?: string
}

export const idOf = (value: Related): Id | undefined =>
  value == null ? undefined : typeof value === 'object' ? value.id : value

export const sameId = (a: Related, b: Related): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== undefined && y !== undefined && String(x) === String(y)
}

const asStaff = (user: unknown): StaffUser | null =>
  user && typeof user === 'object' && 'id' in user ? (user as StaffUser) : null

export const roleOf = (user: unknown): Role | 'public' => asStaff(user)?.role ?? 'public'

export const isAdminUser = (user: unknown): boolean => roleOf(user) === 'admin'
export const isHubStaffUser = (user: unknown): boolean => roleOf(user) === 'hub-staff'
export const isPartnerUser = (user: unknown): boolean => roleOf(user) === 'partner'
/** Council staff: admins and hub staff, who may see staff-only fields and publish. */
export const isCouncilStaffUser = (user: unknown): boolean => isAdminUser(user) || isHubStaffUser(user)

/** The ids of the hubs a hub staff member manages. */
export const hubIdsOf = (user: unknown): Id[] =>
  (asStaff(user)?.hubs ?? []).map(idOf).filter((id): id is Id => id !== undefined)

/** The id of a partner's organisation. */
export const organisationIdOf = (user: unknown): Id | undefined => idOf(asStaff(user)?.organisation)

/** True when any of the given relationship values is one of the user's hubs. */
export const touchesMyHubs = (user: unknown, hubs: Related | Related[]): boolean => {
  const mine = new Set(hubIdsOf(user).map(String))
  const list = Array.isArray(hubs) ? hubs : [hubs]
  return list.some((h) => {
    const id = idOf(h)
    return id !== undefined && mine.has(String(id))
  })
}
