import { z } from 'zod'
import { minutesOf, optionalText, timeSchema } from './fields.ts'
import { labelOf, weekdayOptions, weekdays } from './vocabulary.ts'

/** One line of a hub's opening hours: a weekday with opening and closing times. */
export const openingHoursSchema = z
  .object({
    day: z.enum(weekdays, { error: 'Day is required: choose a day of the week.' }),
    opensAt: timeSchema('Opening time'),
    closesAt: timeSchema('Closing time'),
    note: optionalText,
  })
  .superRefine((row, ctx) => {
    if (minutesOf(row.closesAt) <= minutesOf(row.opensAt))
      ctx.addIssue({
        code: 'custom',
        path: ['closesAt'],
        message: `Closing time ${row.closesAt} on ${labelOf(weekdayOptions, row.day)} is not after opening time ${row.opensAt}. Enter a closing time after the opening time.`,
      })
  })
export type OpeningHours = z.infer<typeof openingHoursSchema>
