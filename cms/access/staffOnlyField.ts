import type { FieldAccess } from 'payload'
import { isCouncilStaffUser, isPartnerUser, organisationIdOf, sameId } from './roles.ts'

/**
 * Staff-only fields (internal notes, staff contacts, reviewer): council staff, and a partner on
 * its own organisation's documents. Never the public.
 */
export const staffOnlyField: FieldAccess = ({ req, doc }) => {
  if (isCouncilStaffUser(req.user)) return true
  if (!isPartnerUser(req.user)) return false
  const provider = (doc as { provider?: number | string } | undefined)?.provider
  return provider !== undefined && sameId(provider, organisationIdOf(req.user))
}
