import type { Access } from 'payload'
import { isCouncilStaffUser } from './roles.ts'

/** Admins and hub staff. */
export const councilStaff: Access = ({ req }) => isCouncilStaffUser(req.user)
