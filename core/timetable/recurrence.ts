/**
 * The recurrence of a session series, in Open Referral UK's `schedule` terms (RFC 5545): `freq`
 * WEEKLY or MONTHLY, `interval`, `byday` with ordinals for monthly ("2TU", "-1FR"), `dtstart` and
 * `until`. Pure calendar-date arithmetic: a rule speaks of London plain dates, never of instants.
 *
 * Staff edit the same thing in the CMS as "repeats", "every", "days" and "weeks of the month";
 * `recurrenceOf` turns those fields into this model.
 */
import { z } from 'zod'
import { plainDateSchema, dayInfo, formatDayMonth, type DayInfo } from '../dates/plain-date.ts'
import {
  labelOf,
  weekdays,
  weekdayOptions,
  type Frequency,
  type WeekOfMonth,
  type Weekday,
} from '../records/vocabulary.ts'

export const recurrenceFrequencies = ['WEEKLY', 'MONTHLY'] as const
export type RecurrenceFrequency = (typeof recurrenceFrequencies)[number]

/** One BYDAY entry: a weekday, with an ordinal (1 to 5 from the start of the month, -1 to -5 from its end) when monthly. */
export interface ByDay {
  day: Weekday
  ordinal?: number
}

export interface Recurrence {
  freq: RecurrenceFrequency
  interval: number
  byday: ByDay[]
  /** The first date the series may run (a plain date). */
  dtstart: string
  /** The last date the series may run, inclusive. */
  until?: string
}

const bydayPattern = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/

/** Reads "TU", "2TU,-1FR" or "MO, TH" into BYDAY entries; returns the offending part when one is not understood. */
export const parseByday = (text: string): { byday: ByDay[] } | { error: string } => {
  const parts = text
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean)
  const byday: ByDay[] = []
  for (const part of parts) {
    const m = bydayPattern.exec(part)
    if (!m) return { error: part }
    byday.push(m[1] ? { day: m[2] as Weekday, ordinal: Number(m[1]) } : { day: m[2] as Weekday })
  }
  return { byday }
}

/** "2TU,-1FR": BYDAY as RFC 5545 and Open Referral write it. */
export const formatByday = (byday: readonly ByDay[]): string => byday.map((b) => `${b.ordinal ?? ''}${b.day}`).join(',')

const bydaySchema = z
  .union([z.string(), z.array(z.object({ day: z.enum(weekdays), ordinal: z.number().int().optional() }))])
  .transform((value, ctx) => {
    if (Array.isArray(value)) return value as ByDay[]
    const parsed = parseByday(value)
    if ('error' in parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `Days "${value}": "${parsed.error}" is not a day. Use two-letter days such as TU, with an ordinal for monthly sessions: 2TU for the 2nd Tuesday, -1FR for the last Friday.`,
      })
      return z.NEVER
    }
    return parsed.byday
  })

/** The recurrence as Open Referral UK writes it (freq, interval, byday, dtstart, until), checked. */
export const recurrenceSchema = z
  .object({
    freq: z.enum(recurrenceFrequencies, { error: 'Frequency is required: WEEKLY or MONTHLY.' }),
    interval: z
      .number()
      .int()
      .nullish()
      .transform((v) => v ?? 1),
    byday: bydaySchema,
    dtstart: plainDateSchema('First date (dtstart)'),
    until: plainDateSchema('Last date (until)')
      .nullish()
      .transform((v) => v ?? undefined),
  })
  .superRefine((rule, ctx) => {
    for (const issue of recurrenceProblems(rule))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message })
  })

/** What is wrong with a recurrence, field by field, in words staff can act on. */
export const recurrenceProblems = (rule: Recurrence): { field: keyof Recurrence; message: string }[] => {
  const problems: { field: keyof Recurrence; message: string }[] = []
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > 12)
    problems.push({
      field: 'interval',
      message: `Repeat every ${rule.interval} is not allowed. Enter a whole number from 1 to 12 (2 means fortnightly).`,
    })
  if (rule.byday.length === 0)
    problems.push({ field: 'byday', message: 'Days: choose at least one day of the week the session runs on.' })
  for (const b of rule.byday) {
    if (rule.freq === 'WEEKLY' && b.ordinal !== undefined)
      problems.push({
        field: 'byday',
        message: `Days "${formatByday([b])}": a weekly session runs on every ${labelOf(weekdayOptions, b.day)}; use ${b.day} without a number, or make it monthly.`,
      })
    if (rule.freq === 'MONTHLY' && (b.ordinal === undefined || b.ordinal === 0 || Math.abs(b.ordinal) > 5))
      problems.push({
        field: 'byday',
        message: `Days "${formatByday([b])}": a monthly session needs the week of the month, from 1 to 5 or -1 for the last, for example 2${b.day} for the 2nd ${labelOf(weekdayOptions, b.day)}.`,
      })
  }
  if (rule.until && rule.until < rule.dtstart)
    problems.push({
      field: 'until',
      message: `Last date ${rule.until} is before first date ${rule.dtstart}. Enter a last date on or after the first date, or leave it empty if the session carries on.`,
    })
  return problems
}

/** The CMS's fields for a session's pattern. */
export interface SessionPattern {
  freq: Frequency
  interval?: number | null
  days?: readonly Weekday[] | null
  weeksOfMonth?: readonly WeekOfMonth[] | null
  firstDate: string
  lastDate?: string | null
}

/** The Open Referral recurrence of a session as staff entered it: monthly days are crossed with the weeks of the month. */
export const recurrenceOf = (session: SessionPattern): Recurrence => {
  const days = weekdays.filter((d) => session.days?.includes(d))
  const byday: ByDay[] =
    session.freq === 'weekly'
      ? days.map((day) => ({ day }))
      : days.flatMap((day) => (session.weeksOfMonth ?? []).map((w) => ({ day, ordinal: Number(w) })))
  return {
    freq: session.freq === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval: session.interval ?? 1,
    byday,
    dtstart: session.firstDate,
    ...(session.lastDate ? { until: session.lastDate } : {}),
  }
}

/** A recurrence prepared for testing many days quickly: see `dayInfo`. */
export type DayTest = (day: DayInfo) => boolean

/** Compiles a rule into a test of one day. The rule alone: before term dates, closures and exceptions. */
export const compileRecurrence = (rule: Recurrence): DayTest => {
  const start = dayInfo(rule.dtstart)
  const first = start.n
  const last = rule.until ? dayInfo(rule.until).n : Number.POSITIVE_INFINITY
  const interval = Math.max(1, Math.trunc(rule.interval))
  if (rule.freq === 'WEEKLY') {
    let mask = 0
    for (const b of rule.byday) mask |= 1 << weekdays.indexOf(b.day)
    const anchor = start.weekStart
    return (d) =>
      d.n >= first && d.n <= last && (mask & (1 << d.weekday)) !== 0 && ((d.weekStart - anchor) / 7) % interval === 0
  }
  // Monthly: for each weekday, the ordinals it runs on (bit i for +i, bit 5+i for -i).
  const ordinals = new Array<number>(7).fill(0)
  for (const b of rule.byday) {
    if (b.ordinal === undefined || b.ordinal === 0) continue
    ordinals[weekdays.indexOf(b.day)]! |= b.ordinal > 0 ? 1 << b.ordinal : 1 << (5 - b.ordinal)
  }
  const anchor = start.month
  return (d) => {
    if (d.n < first || d.n > last) return false
    const bits = ordinals[d.weekday]!
    if (bits === 0 || (bits & ((1 << d.ordinal) | (1 << (5 - d.reverseOrdinal)))) === 0) return false
    return (d.month - anchor) % interval === 0
  }
}

/** True when the rule alone (before term dates, closures and exceptions) puts a session on this date. */
export const ruleRunsOn = (rule: Recurrence, date: string): boolean => compileRecurrence(rule)(dayInfo(date))

/** The first date on or after `from` that the rule alone puts a session on, looking up to `withinDays` ahead. */
export const firstRuleDate = (rule: Recurrence, from: string, withinDays = 800): string | undefined => {
  const test = compileRecurrence(rule)
  const start = Math.max(dayInfo(from).n, dayInfo(rule.dtstart).n)
  const last = Math.min(start + withinDays, rule.until ? dayInfo(rule.until).n : Number.POSITIVE_INFINITY)
  for (let n = start; n <= last; n++) {
    const d = dayInfo(n)
    if (test(d)) return d.date
  }
  return undefined
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`

const ordinalWord = (n: number): string =>
  n === -1
    ? 'last'
    : n < 0
      ? `${ordinalWord(-n)} to last`
      : `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`

const dayName = (day: Weekday): string => labelOf(weekdayOptions, day)

/**
 * The pattern in plain words: "Every week on Tuesday", "Every 2 weeks on Monday from 6 January 2026",
 * "Monthly on the 2nd Tuesday", "Monthly on the 2nd and 4th Tuesday", "Every 2 months on the last Friday".
 */
export const describeRecurrence = (rule: Recurrence): string => {
  const every =
    rule.interval <= 1
      ? rule.freq === 'WEEKLY'
        ? 'Every week'
        : 'Monthly'
      : `Every ${rule.interval} ${rule.freq === 'WEEKLY' ? 'weeks' : 'months'}`
  if (rule.freq === 'WEEKLY') {
    const days = weekdays.filter((d) => rule.byday.some((b) => b.day === d)).map(dayName)
    // Which weeks: from the first date it actually runs, not the first date entered.
    const from = rule.interval > 1 ? ` from ${formatDayMonth(firstRuleDate(rule, rule.dtstart) ?? rule.dtstart)}` : ''
    return `${every} on ${list(days)}${from}`
  }
  // Group by the set of ordinals so "2TU,4TU" reads "the 2nd and 4th Tuesday".
  const groups = new Map<string, { ordinals: number[]; days: Weekday[] }>()
  for (const day of weekdays) {
    const ordinals = rule.byday
      .filter((b) => b.day === day && b.ordinal !== undefined)
      .map((b) => b.ordinal!)
      .sort((a, b) => (a < 0 ? 10 - a : a) - (b < 0 ? 10 - b : b))
    if (ordinals.length === 0) continue
    const key = ordinals.join(',')
    const group = groups.get(key) ?? { ordinals, days: [] }
    group.days.push(day)
    groups.set(key, group)
  }
  const phrases = [...groups.values()].map(
    (g) => `the ${list(g.ordinals.map(ordinalWord))} ${list(g.days.map(dayName))}`,
  )
  return `${every} on ${list(phrases)}`
}
