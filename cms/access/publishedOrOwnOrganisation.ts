import type { Access } from 'payload'
import { isCouncilStaffUser, isPartnerUser, organisationIdOf } from './roles.ts'

/**
 * Services and sessions: council staff read everything; a partner reads what is published and
 * its own organisation's drafts (never another organisation's); the public reads what is published.
 */
export const publishedOrOwnOrganisation: Access = ({ req }) => {
  if (isCouncilStaffUser(req.user)) return true
  const published = { _status: { equals: 'published' } }
  const organisation = organisationIdOf(req.user)
  if (isPartnerUser(req.user) && organisation !== undefined)
    return { or: [published, { provider: { equals: organisation } }] }
  return published
}
