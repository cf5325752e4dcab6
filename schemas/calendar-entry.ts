import { z } from 'zod'
import { calendarDateSchema } from './calendar-date.ts'
import { idSchema, optionalText, relationSchema, requiredText } from './fields.ts'
import { calendarEntryTypes } from './vocabulary.ts'

/** A school term, a bank holiday or a hub closure: the dates sessions respect. */
export const calendarEntrySchema = z
  .object({
    id: idSchema.optional(),
    name: requiredText('Name', 120),
    type: z.enum(calendarEntryTypes, { error: 'Type is required: school term, bank holiday or hub closure.' }),
    startDate: calendarDateSchema('Start date'),
    endDate: calendarDateSchema('End date'),
    hubs: z.array(relationSchema).nullish().transform((v) => v ?? []),
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
export type CalendarEntry = z.infer<typeof calendarEntrySchema>
