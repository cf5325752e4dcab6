/**
 * What the session editor shows as staff type: the timetable in plain English, what a save would
 * refuse, and the next dates as parents will see them. Pure: the form's values and the term
 * dates in, words and occurrences out. Dates come from `occurrences()` and the timetable's words from
 * `describeTimetable()` (timetable-words.ts), so the preview and the public timetable cannot disagree.
 */
import type { z } from 'zod'
import { addDays, formatDayMonth, formatLongDate, isPlainDate } from '../dates/plain-date.ts'
import { termDateSchema, type TermDate } from '../records/term-date.ts'
import type { Id } from '../records/fields.ts'
import { relationSchema } from '../records/fields.ts'
import { occurrences, type Occurrence, type TimetableException } from './occurrences.ts'
import { describeTimetable, timetableLines, type TimetableWords } from './timetable-words.ts'
import { sessionExceptionSchema, sessionSchema } from '../records/session.ts'
import { termDatesLookup } from './term-dates.ts'
import { isPlainObject } from '../values/plain-object.ts'

export interface PreviewProblem {
  /** The field's path, as Payload names it: "lastDate", "exceptions.0.reason". */
  field: string
  message: string
}

export interface TimetablePreview {
  /** The timetable in plain English, statement by statement, as the public site says it. */
  words: TimetableWords
  /** What staff should know that parents are not told: term dates running out, a cancellation that cancels nothing. */
  notes: string[]
  /** The words and then the notes, one statement a line. */
  summary: string[]
  /** What a save would refuse, with the same messages. */
  problems: PreviewProblem[]
  /** The next dates from today, cancelled ones included. */
  dates: Occurrence[]
}

export interface PreviewOptions {
  /** Today's London plain date ("2026-11-22"). */
  today: string
  /** How many dates to show. */
  count?: number
  /** How far ahead to look for them, in days. */
  withinDays?: number
}

/** Fields that decide the dates: a problem with any of them means there are no dates to show yet. */
const timetableFields = new Set([
  'freq',
  'interval',
  'days',
  'weeksOfMonth',
  'firstDate',
  'lastDate',
  'opensAt',
  'closesAt',
  'termTime',
  'runsOnBankHolidays',
])

/** How far ahead term dates should reach before the preview warns that term-time dates will stop. */
const termWarningDays = 365

const shape = sessionSchema.shape

/** One field read on its own with its schema from session.ts: undefined when it is missing or not valid yet. */
const read = <K extends keyof typeof shape>(values: Record<string, unknown>, key: K) => {
  const result = shape[key].safeParse(values[key])
  return result.success ? (result.data as z.output<(typeof shape)[K]>) : undefined
}

/** Term dates as stored (dates at midday UTC) or as plain dates; entries that are not valid are left out. */
const termDatesOf = (entries: readonly unknown[]): TermDate[] =>
  entries.flatMap((entry) => {
    const parsed = termDateSchema.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })

/** The exceptions that can be read, each on its own: one half-typed row does not hide the others. */
const exceptionsOf = (value: unknown): TimetableException[] =>
  (Array.isArray(value) ? value : []).flatMap((row) => {
    const parsed = sessionExceptionSchema.safeParse(row)
    return parsed.success ? [parsed.data] : []
  })

/** The preview of a session series as the editor holds it now: any values, however incomplete. */
export const timetablePreview = (
  input: unknown,
  termDates: readonly unknown[],
  { today, count = 8, withinDays = 730 }: PreviewOptions,
): TimetablePreview => {
  if (!isPlainDate(today)) throw new Error(`timetablePreview: today "${today}" is not a plain date like 2026-03-03.`)
  const values: Record<string, unknown> = isPlainObject(input) ? { ...input } : {}
  // An empty relationship is left out of the form's data; a save reads it as missing, so say so.
  for (const key of ['service', 'hub', 'venue'] as const) values[key] ??= null

  const parsed = sessionSchema.safeParse(values)
  const problems: PreviewProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }))
  const blocked = problems.some((p) => timetableFields.has(p.field.split('.')[0]!))

  const freq = read(values, 'freq')
  const interval = read(values, 'interval')
  const days = read(values, 'days') ?? []
  const weeksOfMonth = read(values, 'weeksOfMonth') ?? []
  const firstDate = read(values, 'firstDate')
  const lastDate = read(values, 'lastDate')
  const opensAt = read(values, 'opensAt')
  const closesAt = read(values, 'closesAt')
  const termTime = read(values, 'termTime') ?? 'all-year'
  const runsOnBankHolidays = read(values, 'runsOnBankHolidays') ?? false
  const hubResult = relationSchema.safeParse(values.hub)
  const hub: Id | undefined = hubResult.success ? hubResult.data : undefined
  const venueResult = relationSchema.safeParse(values.venue)
  const venue: Id = venueResult.success ? venueResult.data : ''

  const termRules = termDatesLookup(termDatesOf(termDates))
  const words = describeTimetable(
    { freq, interval, days, weeksOfMonth, firstDate, lastDate, opensAt, closesAt, termTime, runsOnBankHolidays },
    today,
  )
  const hasPattern = words.pattern !== undefined
  const notes: string[] = []

  // Term-time and holiday sessions only have dates where term dates are entered: say when they run out.
  const ended = lastDate !== undefined && lastDate < today
  if (termTime !== 'all-year' && !ended) {
    const cover = termRules.termsCover(hub ?? '')
    const which = termTime === 'term-time' ? 'term-time' : 'school-holiday'
    const horizon = [addDays(today, termWarningDays), lastDate].filter((d): d is string => d !== undefined).sort()[0]!
    if (!cover)
      notes.push(
        `No school term dates are entered in Term dates and closures: add the terms so ${which} dates can be shown`,
      )
    else if (cover.to < horizon)
      notes.push(
        `Term dates are only entered up to ${formatDayMonth(cover.to)}: add next year's terms to Term dates and closures so ${which} dates carry on`,
      )
  }

  // A cancellation on a date the term rule already leaves out cancels nothing: say so rather than let it vanish.
  if (termTime !== 'all-year' && hub !== undefined) {
    for (const e of exceptionsOf(values.exceptions)) {
      if (e.kind !== 'cancelled' || e.date < today) continue
      const status = termRules.term(hub, e.date)
      if (status === (termTime === 'term-time' ? 'term' : 'holiday')) continue
      const when =
        status === 'unknown'
          ? 'outside the term dates entered in Term dates and closures'
          : status === 'holiday'
            ? 'in the school holidays'
            : 'in term time'
      notes.push(`The cancellation on ${formatLongDate(e.date)} is ${when}, when this session does not run anyway`)
    }
  }

  let dates: Occurrence[] = []
  if (!blocked && hasPattern && firstDate && freq && opensAt && closesAt) {
    const session = {
      hub: hub ?? '',
      venue,
      freq,
      interval,
      days,
      weeksOfMonth,
      firstDate,
      lastDate,
      opensAt,
      closesAt,
      termTime,
      runsOnBankHolidays,
      exceptions: exceptionsOf(values.exceptions),
    }
    dates = occurrences(session, { from: today, to: addDays(today, withinDays) }, termRules).slice(
      0,
      Math.max(0, count),
    )
  }
  return { words, notes, summary: [...timetableLines(words), ...notes], problems, dates }
}
