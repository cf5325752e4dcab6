import type { Access } from 'payload'

/** Any staff account: admin, hub staff or partner. */
export const loggedIn: Access = ({ req }) => Boolean(req.user)
