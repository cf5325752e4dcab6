/** Hubs: admins do anything; hub staff edit their own hubs' details. */
import type { Access, AccessResult } from 'payload'
import { hubIdsOf, isAdminUser, isHubStaffUser } from '../../access/roles.ts'

export const canUpdateHub: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) return { id: { in: hubIdsOf(req.user) } }
  return false
}
