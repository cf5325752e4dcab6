import { z } from 'zod'
import { plainDateSchema } from '../dates/plain-date.ts'
import { idSchema, optionalText, relationSchema, requiredText } from './fields.ts'
import { termDateTypes } from './vocabulary.ts'

/** A school term, a bank holiday or a hub closure: the dates sessions respect. */
export const termDateSchema = z
  .object({
    id: idSchema.optional(),
    name: requiredText('Name', 120),
    type: z.enum(termDateTypes, { error: 'Type is required: school term, bank holiday or hub closure.' }),
    startDate: plainDateSchema('Start date'),
    endDate: plainDateSchema('End date'),
    hubs: z
      .array(relationSchema)
      .nullish()
      .transform((v) => v ?? []),
    reason: optionalText,
  })
  .superRefine((entry, ctx) => {
    if (entry.endDate < entry.startDate)
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `End date ${entry.endDate} is before start date ${entry.startDate}. Enter an end date on or after the start date (the same date for a single day).`,
      })
  })
export type TermDate = z.infer<typeof termDateSchema>
