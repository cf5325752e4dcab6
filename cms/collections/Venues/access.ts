/** Venues: admins do anything; hub staff manage the venues that belong to their hubs. */
import type { Access, AccessResult } from 'payload'
import { hubIdsOf, isAdminUser, isHubStaffUser, touchesMyHubs } from '../../access/roles.ts'

type VenueData = { hub?: unknown } | undefined

export const canCreateVenue: Access = ({ req, data }): AccessResult => {
  const d = data as VenueData
  if (isAdminUser(req.user)) return true
  return isHubStaffUser(req.user) && (d === undefined || touchesMyHubs(req.user, d.hub as never))
}

export const canChangeVenue: Access = ({ req, data }): AccessResult => {
  const d = data as VenueData
  if (isAdminUser(req.user)) return true
  if (!isHubStaffUser(req.user)) return false
  if (d && 'hub' in d && !touchesMyHubs(req.user, d.hub as never)) return false
  return { hub: { in: hubIdsOf(req.user) } }
}
