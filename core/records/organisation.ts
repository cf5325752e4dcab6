import { z } from 'zod'
import {
  emailSchema,
  idSchema,
  optional,
  optionalText,
  phoneSchema,
  relationSchema,
  requiredText,
  slugSchema,
  urlSchema,
} from './fields.ts'
import { organisationTypes } from './vocabulary.ts'

/** A provider or partner: the council, an NHS trust, a charity, the library service. */
export const organisationSchema = z.object({
  id: idSchema.optional(),
  name: requiredText('Name', 160),
  slug: slugSchema,
  type: z.enum(organisationTypes, {
    error: 'Type is required: choose council, NHS, library service, charity, school, community group or other.',
  }),
  description: optionalText,
  website: optional(urlSchema('Website')),
  email: optional(emailSchema('Email')),
  phone: optional(phoneSchema('Phone')),
  logo: relationSchema.nullish(),
})
export type Organisation = z.infer<typeof organisationSchema>
