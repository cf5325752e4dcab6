import { z } from 'zod'
import { plainDateSchema } from '../dates/plain-date.ts'
import { idSchema, optional, relationSchema, requiredText, slugSchema } from './fields.ts'
import { articleTopics, lifeStages } from './vocabulary.ts'

/** Advice for families. The body is Lexical rich text, rendered by the site. */
export const articleSchema = z.object({
  id: idSchema.optional(),
  title: requiredText('Title', 160),
  slug: slugSchema,
  summary: requiredText('Summary', 300),
  body: z.record(z.string(), z.unknown()).nullish(),
  topics: z
    .array(z.enum(articleTopics))
    .nullish()
    .transform((v) => v ?? []),
  lifeStages: z
    .array(z.enum(lifeStages))
    .nullish()
    .transform((v) => v ?? []),
  relatedServices: z
    .array(relationSchema)
    .nullish()
    .transform((v) => v ?? []),
  lastChecked: optional(plainDateSchema('Last checked')),
})
export type Article = z.infer<typeof articleSchema>
