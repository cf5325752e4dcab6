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
} from './fields.ts'
import { openingHoursSchema } from './opening-hours.ts'
import { facilities, hubTypes } from './vocabulary.ts'

/** Staff-only contact details of a hub: never public. */
export const staffContactSchema = z
  .object({
    name: optionalText,
    phone: optional(phoneSchema('Staff phone')),
    email: optional(emailSchema('Staff email')),
  })
  .nullish()

/** A family hub, child and family centre, zone or outreach point: "my hub" to a family. */
export const hubSchema = z.object({
  id: idSchema.optional(),
  name: requiredText('Name', 120),
  slug: slugSchema,
  type: z.enum(hubTypes, {
    error: 'Type is required: choose family hub, child and family centre, zone or outreach point.',
  }),
  locality: requiredText('Locality', 80),
  description: optionalText,
  mainVenue: relationSchema.nullish(),
  openingHours: z
    .array(openingHoursSchema)
    .nullish()
    .transform((v) => v ?? []),
  facilities: z
    .array(z.enum(facilities))
    .nullish()
    .transform((v) => v ?? []),
  phone: optional(phoneSchema('Phone')),
  email: optional(emailSchema('Email')),
  internalNotes: optionalText,
  staffContact: staffContactSchema,
})
export type Hub = z.infer<typeof hubSchema>
