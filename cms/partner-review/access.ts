/**
 * Review requests: admins see all; hub staff those for a hub of theirs (where the service is
 * offered or the session runs); a partner its own organisation's, to read what came back.
 */
import type { Access, AccessResult } from 'payload'
import { hubIdsOf, isAdminUser, isHubStaffUser, isPartnerUser, organisationIdOf } from '../access/roles.ts'

export const canReadReviewRequest: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) return { hubs: { in: hubIdsOf(req.user) } }
  const organisation = organisationIdOf(req.user)
  if (isPartnerUser(req.user) && organisation !== undefined) return { organisation: { equals: organisation } }
  return false
}
