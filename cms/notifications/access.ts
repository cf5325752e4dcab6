/** Notifications: each person reads their own; admins read everyone's (to see which emails failed). */
import type { Access, AccessResult } from 'payload'
import { idOf, isAdminUser } from '../access/roles.ts'

export const canReadNotification: Access = ({ req }): AccessResult => {
  if (isAdminUser(req.user)) return true
  const me = req.user ? idOf(req.user as never) : undefined
  return me === undefined ? false : { recipient: { equals: me } }
}
