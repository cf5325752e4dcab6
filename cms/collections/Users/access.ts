/** Users: admins manage accounts; hub staff may read them; everyone edits only their own (never their role). */
import type { Access } from 'payload'
import { isAdminUser, isCouncilStaffUser } from '../../access/roles.ts'

export const canReadUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isCouncilStaffUser(req.user)) return true
  return { id: { equals: req.user.id } }
}

export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return { id: { equals: req.user.id } }
}
