import type { Access } from 'payload'
import { isCouncilStaffUser } from './roles.ts'

/** Articles: the public reads what is published; staff read drafts too. */
export const publishedOrStaff: Access = ({ req }) =>
  isCouncilStaffUser(req.user) || { _status: { equals: 'published' } }
