import { z } from 'zod'
import { idSchema, optionalText, relationSchema, requiredText, slugSchema } from './fields.ts'

/** A category of the two-level taxonomy; second-level categories have a parent. */
export const categorySchema = z.object({
  id: idSchema.optional(),
  name: requiredText('Name', 120),
  slug: slugSchema,
  description: optionalText,
  parent: relationSchema.nullish(),
})
export type Category = z.infer<typeof categorySchema>
