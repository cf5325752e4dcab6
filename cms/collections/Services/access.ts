/**
 * Services: admins do anything; hub staff manage the services offered at their hubs and may
 * publish; partners create and edit their own organisation's services as drafts.
 */
import type { Access, AccessResult } from 'payload'
import { isPublishing } from '../../publishing/isPublishing.ts'
import {
  hubIdsOf,
  isAdminUser,
  isHubStaffUser,
  isPartnerUser,
  organisationIdOf,
  sameId,
  touchesMyHubs,
} from '../../access/roles.ts'

type ServiceData = { hubs?: unknown; provider?: unknown } | undefined

export const canCreateService: Access = ({ req, data }): AccessResult => {
  const d = data as ServiceData
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) return d === undefined || touchesMyHubs(req.user, d.hubs as never)
  if (isPartnerUser(req.user))
    return d === undefined || (!isPublishing(d) && sameId(d.provider as never, organisationIdOf(req.user)))
  return false
}

export const canUpdateService: Access = ({ req, data }): AccessResult => {
  const d = data as ServiceData
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) {
    if (d && 'hubs' in d && !touchesMyHubs(req.user, d.hubs as never)) return false
    return { hubs: { in: hubIdsOf(req.user) } }
  }
  if (isPartnerUser(req.user)) {
    const organisation = organisationIdOf(req.user)
    if (organisation === undefined || isPublishing(d)) return false
    if (d && 'provider' in d && !sameId(d.provider as never, organisation)) return false
    return { provider: { equals: organisation } }
  }
  return false
}

export const canDeleteService: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) return { hubs: { in: hubIdsOf(req.user) } }
  return false
}
