import type { Access } from 'payload'
import { isCouncilStaffUser } from '../../access/roles.ts'

/** Media: any staff account may upload; admins and hub staff change or remove images. */
export const canChangeMedia: Access = ({ req }) => isCouncilStaffUser(req.user)
