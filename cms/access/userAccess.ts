/** Users: admins manage accounts; everyone else reads and edits only their own (never their role). */
import type { Access } from 'payload'
import { isAdminUser } from './roles.ts'

export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (isAdminUser(req.user)) return true
  return { id: { equals: req.user.id } }
}
