import { z } from 'zod'
import { idSchema, relationSchema, requiredText } from './fields.ts'
import { roles } from './vocabulary.ts'

/** A staff account. Hub staff are linked to their hubs, partners to their organisation. */
export const userSchema = z
  .object({
    id: idSchema.optional(),
    name: requiredText('Name', 120),
    role: z.enum(roles, { error: 'Role is required: admin, hub staff or partner.' }),
    hubs: z
      .array(relationSchema)
      .nullish()
      .transform((v) => v ?? []),
    organisation: relationSchema.nullish(),
  })
  .superRefine((user, ctx) => {
    if (user.role === 'hub-staff' && user.hubs.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['hubs'],
        message: 'Hubs: a hub staff account needs at least one hub. Choose the hubs this person manages.',
      })
    if (user.role === 'partner' && user.organisation == null)
      ctx.addIssue({
        code: 'custom',
        path: ['organisation'],
        message:
          'Organisation: a partner account needs its organisation. Choose the organisation this person works for.',
      })
  })
export type User = z.infer<typeof userSchema>
