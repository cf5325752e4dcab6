import { z } from 'zod'
import { checkEveryMonthsSchema } from './freshness.ts'
import { plainDateSchema, dayInfo, formatDayMonth, formatLongDate } from '../dates/plain-date.ts'
import {
  idSchema,
  minutesOf,
  optional,
  optionalText,
  relationSchema,
  requiredRelation,
  slugSchema,
  timeSchema,
} from './fields.ts'
import { compileRecurrence, describeRecurrence, firstRuleDate, recurrenceOf } from '../timetable/recurrence.ts'
import { exceptionKinds, frequencies, termTimeRules, weekdays, weeksOfMonth } from './vocabulary.ts'

/** One dated exception to a series: cancelled, changed (time or venue) or an extra date. */
export const sessionExceptionSchema = z.object({
  date: plainDateSchema('Exception date'),
  kind: z.enum(exceptionKinds, { error: 'Exception type is required: cancelled, changed or extra date.' }),
  reason: optionalText,
  opensAt: optional(timeSchema('Changed opening time')),
  closesAt: optional(timeSchema('Changed closing time')),
  venue: relationSchema.nullish(),
})
export type SessionException = z.infer<typeof sessionExceptionSchema>

const relation = requiredRelation

/** A session series: a service at a venue on a timetable (Open Referral's schedule, plus exceptions). */
export const sessionSchema = z
  .object({
    id: idSchema.optional(),
    title: optionalText,
    slug: slugSchema.nullish(),
    service: relation('Service', 'the service this session belongs to'),
    hub: relation('Hub', 'the hub whose timetable this session is on'),
    venue: relation('Venue', 'where the session takes place'),
    provider: relationSchema.nullish(),
    freq: z.enum(frequencies, { error: 'Frequency is required: weekly or monthly.' }),
    interval: z
      .number()
      .nullish()
      .transform((v) => v ?? 1)
      .superRefine((v, ctx) => {
        if (!Number.isInteger(v) || v < 1 || v > 12)
          ctx.addIssue({
            code: 'custom',
            message: `Repeat every ${v} is not allowed. Enter a whole number from 1 to 12 (2 means fortnightly).`,
          })
      }),
    days: z
      .array(z.enum(weekdays))
      .nullish()
      .transform((v) => v ?? []),
    weeksOfMonth: z
      .array(z.enum(weeksOfMonth))
      .nullish()
      .transform((v) => v ?? []),
    firstDate: plainDateSchema('First date'),
    lastDate: optional(plainDateSchema('Last date')),
    opensAt: timeSchema('Opening time'),
    closesAt: timeSchema('Closing time'),
    termTime: z
      .enum(termTimeRules)
      .nullish()
      .transform((v) => v ?? 'all-year'),
    runsOnBankHolidays: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    capacity: z.number().nullish(),
    bookingNotes: optionalText,
    exceptions: z
      .array(sessionExceptionSchema)
      .nullish()
      .transform((v) => v ?? []),
    lastChecked: optional(plainDateSchema('Last checked')),
    checkedBy: relationSchema.nullish(),
    checkEveryMonths: checkEveryMonthsSchema,
  })
  .superRefine((s, ctx) => {
    if (s.days.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: 'Days: choose at least one day of the week the session runs on.',
      })
    if (s.freq === 'monthly' && s.weeksOfMonth.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['weeksOfMonth'],
        message:
          'Weeks of the month: a monthly session needs at least one, for example "2nd" for the 2nd Tuesday or "Last" for the last Friday.',
      })
    if (minutesOf(s.closesAt) <= minutesOf(s.opensAt))
      ctx.addIssue({
        code: 'custom',
        path: ['closesAt'],
        message: `Closing time ${s.closesAt} is not after opening time ${s.opensAt}. Enter a closing time after the opening time.`,
      })
    if (s.lastDate && s.lastDate < s.firstDate)
      ctx.addIssue({
        code: 'custom',
        path: ['lastDate'],
        message: `Last date ${s.lastDate} is before first date ${s.firstDate}. Enter a last date on or after the first date, or leave it empty if the session carries on.`,
      })
    if (s.capacity != null && !(Number.isInteger(s.capacity) && s.capacity >= 1))
      ctx.addIssue({
        code: 'custom',
        path: ['capacity'],
        message: `Capacity ${s.capacity} is not a number of places. Enter a whole number of 1 or more, or leave it empty.`,
      })
    if (s.days.length === 0 || (s.freq === 'monthly' && s.weeksOfMonth.length === 0)) return

    const rule = recurrenceOf(s)
    const runs = compileRecurrence(rule)
    const pattern = describeRecurrence(rule)
    const lowered = `${pattern.charAt(0).toLowerCase()}${pattern.slice(1)}`
    const runsFromTo = `${lowered}${rule.interval > 1 ? '' : ` from ${formatDayMonth(s.firstDate)}`}${s.lastDate ? ` until ${formatDayMonth(s.lastDate)}` : ''}`
    if (s.lastDate && s.lastDate >= s.firstDate && !firstRuleDate(rule, s.firstDate))
      ctx.addIssue({
        code: 'custom',
        path: ['lastDate'],
        message: `From ${s.firstDate} to ${s.lastDate} there is no date the session runs on (${lowered}). Move the first or last date, or change the days.`,
      })
    const seen = new Set<string>()
    s.exceptions.forEach((e, i) => {
      const at = (field: string) => ['exceptions', i, field]
      if (seen.has(e.date))
        ctx.addIssue({
          code: 'custom',
          path: at('date'),
          message: `Exception date ${e.date} is listed twice. Keep one exception per date.`,
        })
      seen.add(e.date)
      const regular = runs(dayInfo(e.date))
      if ((e.kind === 'cancelled' || e.kind === 'changed') && !regular)
        ctx.addIssue({
          code: 'custom',
          path: at('date'),
          message: `${e.kind === 'cancelled' ? 'Cancelled' : 'Changed'} date ${e.date} (${formatLongDate(e.date)}) is not a date this session runs: it runs ${runsFromTo}. Choose a date the session would otherwise run on.`,
        })
      if (e.kind === 'extra' && regular)
        ctx.addIssue({
          code: 'custom',
          path: at('date'),
          message: `Extra date ${e.date} is already a regular date of this session. Choose another date, or use "changed" to change that date's time or venue.`,
        })
      if (e.kind === 'cancelled' && !e.reason)
        ctx.addIssue({
          code: 'custom',
          path: at('reason'),
          message: `Reason is required for the cancellation on ${e.date}: parents see it, for example "Hall in use as a polling station".`,
        })
      if (e.kind === 'changed' && !e.opensAt && !e.closesAt && e.venue == null)
        ctx.addIssue({
          code: 'custom',
          path: at('opensAt'),
          message: `Change on ${e.date}: enter the new opening or closing time, or choose the venue it moves to.`,
        })
      const opens = e.opensAt ?? s.opensAt
      const closes = e.closesAt ?? s.closesAt
      if (e.kind !== 'cancelled' && minutesOf(closes) <= minutesOf(opens))
        ctx.addIssue({
          code: 'custom',
          path: at('closesAt'),
          message: `Closing time ${closes} on ${e.date} is not after opening time ${opens}. Enter a closing time after the opening time.`,
        })
    })
  })
export type Session = z.infer<typeof sessionSchema>

/** The slug of a session series: "stay-and-play-birchwood-family-hub-tu-0930". */
export const sessionSlug = (parts: {
  service: string
  venue: string
  days: readonly string[]
  opensAt: string
}): string =>
  [parts.service, parts.venue, ...parts.days.map((d) => d.toLowerCase()), parts.opensAt.replace(':', '')].join('-')
