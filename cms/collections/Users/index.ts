import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'
import { adminOnly, adminOnlyField } from '../../access/adminOnly.ts'
import { adminOrSelf, canReadUsers } from './access.ts'
import { isProductionDeployment } from '../../../core/deployment.ts'
import { isDemoAccount, demoAccountsAllowed } from '../../demo/demo-accounts.ts'
import { selectOptions } from '../../fields/options.ts'
import { validateWith } from '../../hooks/validateWith.ts'
import { userSchema } from '../../../core/records/user.ts'
import { roleOptions } from '../../../core/records/vocabulary.ts'

/** Staff accounts: admins, hub staff (linked to hubs) and partners (linked to an organisation). */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Admin' },
  auth: {
    // Five wrong passwords lock the account for ten minutes (then the count starts again).
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    // Payload's cookie is always httpOnly; in production it is sent over https only. Lax, not
    // Strict: a link to the admin in a check reminder email must open signed in.
    cookies: { secure: isProductionDeployment(), sameSite: 'Lax' },
  },
  access: {
    read: canReadUsers,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeValidate: [
      async ({ data, operation, req }) => {
        // The very first account (made on the admin's "create first user" screen) is an admin.
        if (operation === 'create' && data) {
          const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
          if (totalDocs === 0) data.role = 'admin'
        }
        return data
      },
    ],
    beforeChange: [validateWith(userSchema)],
    beforeLogin: [
      ({ user }) => {
        if (isDemoAccount(user.email) && !demoAccountsAllowed())
          throw new APIError(
            'Demo accounts cannot sign in in production. Ask an administrator for a real account.',
            403,
            null,
            true,
          )
        return user
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'hub-staff',
      options: selectOptions(roleOptions),
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
    },
    {
      name: 'hubs',
      type: 'relationship',
      relationTo: 'hubs',
      hasMany: true,
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'hub-staff', description: 'The hubs this person manages.' },
    },
    {
      name: 'organisation',
      type: 'relationship',
      relationTo: 'organisations',
      access: { create: adminOnlyField, update: adminOnlyField },
      saveToJWT: true,
      admin: { condition: (data) => data?.role === 'partner', description: 'The organisation this partner works for.' },
    },
  ],
}
