import { z } from 'zod'
import { idSchema, requiredText } from './fields.ts'

/** An uploaded image. Alt text is required: it is what a screen reader says. */
export const mediaSchema = z.object({
  id: idSchema.optional(),
  alt: requiredText('Alt text', 250),
})
export type Media = z.infer<typeof mediaSchema>
