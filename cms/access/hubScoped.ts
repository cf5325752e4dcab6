/**
 * Records that belong to hubs (problem reports, review requests): admins see all; hub staff see
 * those touching one of their hubs. `field` names the record's hubs relationship.
 */
import type { Access, AccessResult } from 'payload'
import { hubIdsOf, isAdminUser, isHubStaffUser } from './roles.ts'

export const forMyHubs =
  (field = 'hubs'): Access =>
  ({ req }): AccessResult => {
    if (isAdminUser(req.user)) return true
    if (isHubStaffUser(req.user)) return { [field]: { in: hubIdsOf(req.user) } }
    return false
  }

export const nobody: Access = () => false
