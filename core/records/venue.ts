import { z } from 'zod'
import {
  idSchema,
  latitudeSchema,
  longitudeSchema,
  optionalText,
  postcodeSchema,
  relationSchema,
  requiredText,
  slugSchema,
} from './fields.ts'
import { accessibilityFeatures } from './vocabulary.ts'

/** A place where sessions happen (Open Referral's location). */
export const venueSchema = z.object({
  id: idSchema.optional(),
  name: requiredText('Name', 160),
  slug: slugSchema,
  hub: relationSchema.nullish(),
  address: z.object(
    {
      line1: requiredText('Address line 1', 160),
      line2: optionalText,
      town: requiredText('Town', 80),
    },
    { error: 'Address is required.' },
  ),
  postcode: postcodeSchema,
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  accessibility: z
    .array(z.enum(accessibilityFeatures))
    .nullish()
    .transform((v) => v ?? []),
  accessibilityNotes: optionalText,
  directions: optionalText,
})
export type Venue = z.infer<typeof venueSchema>
