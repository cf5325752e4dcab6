/**
 * Sessions: admins do anything; hub staff manage the sessions on their hubs' timetables and may
 * publish (partners' drafts included); partners create and edit sessions of their own
 * organisation's services, as drafts.
 */
import type { Access, AccessResult, PayloadRequest } from 'payload'
import { isPublishing } from '../../publishing/isPublishing.ts'
import {
  hubIdsOf,
  idOf,
  isAdminUser,
  isHubStaffUser,
  isPartnerUser,
  organisationIdOf,
  sameId,
  touchesMyHubs,
} from '../../access/roles.ts'

type SessionData = { hub?: unknown; service?: unknown } | undefined

/** True when the service belongs to the partner's organisation. */
const isOwnService = async (req: PayloadRequest, service: unknown): Promise<boolean> => {
  const id = idOf(service as never)
  if (id === undefined) return false
  const found = await req.payload.find({
    collection: 'services',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    draft: true,
    overrideAccess: true,
    req,
    select: { provider: true },
  })
  const provider = found.docs[0]?.provider
  return provider != null && sameId(provider as never, organisationIdOf(req.user))
}

export const canCreateSession: Access = async ({ req, data }): Promise<AccessResult> => {
  const d = data as SessionData
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) return d === undefined || touchesMyHubs(req.user, d.hub as never)
  if (isPartnerUser(req.user)) return d === undefined || (!isPublishing(d) && (await isOwnService(req, d.service)))
  return false
}

export const canUpdateSession: Access = async ({ req, data }): Promise<AccessResult> => {
  const d = data as SessionData
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) {
    if (d && 'hub' in d && !touchesMyHubs(req.user, d.hub as never)) return false
    return { hub: { in: hubIdsOf(req.user) } }
  }
  if (isPartnerUser(req.user)) {
    const organisation = organisationIdOf(req.user)
    if (organisation === undefined || isPublishing(d)) return false
    if (d && 'service' in d && !(await isOwnService(req, d.service))) return false
    return { provider: { equals: organisation } }
  }
  return false
}

export const canDeleteSession: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  if (isHubStaffUser(req.user)) return { hub: { in: hubIdsOf(req.user) } }
  return false
}
