/**
 * Plain dates ("2026-03-03") in Europe/London. Payload's date fields store instants; a date is
 * read as the London calendar day of the stored instant, so a date picked at local midnight in
 * summer time (stored as 23:00 UTC the day before) still means the day the editor picked.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { z } from 'zod'

import { LONDON } from './london-zone.ts'

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real date in the Gregorian calendar: "2026-02-30" is not one. */
export const isPlainDate = (value: string): boolean => {
  const m = datePattern.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The London plain date of a stored value: "2026-03-03" as it is, an ISO instant converted. */
export const toPlainDate = (value: string | Date): string | undefined => {
  if (typeof value === 'string' && datePattern.test(value)) return isPlainDate(value) ? value : undefined
  const instant = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(instant.getTime())) return undefined
  return format(new TZDate(instant, LONDON), 'yyyy-MM-dd')
}

/** How a plain date is stored in a Payload date field: midday UTC, the same day everywhere in Europe. */
export const toStoredDate = (date: string): string => `${date}T12:00:00.000Z`

/** A plain date schema: accepts "2026-03-03" or a stored instant and yields "2026-03-03". */
export const plainDateSchema = (label: string) =>
  z.union([z.string(), z.date()], { error: `${label} is required, like 2026-03-03.` }).transform((value, ctx) => {
    const date = toPlainDate(value)
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `${label} "${String(value)}" is not a date. Enter a real date, like 2026-03-03.`,
      })
      return z.NEVER
    }
    return date
  })

/** Day number since 1970-01-01 of a plain date: for date arithmetic without time zones. */
export const dayNumber = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!) / 86_400_000
}

export const fromDayNumber = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10)

export const addDays = (date: string, days: number): string => fromDayNumber(dayNumber(date) + days)

// Written out rather than through date-fns' format: exports and timetables format dates by the hundred thousand.
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** 0 = Monday ... 6 = Sunday. */
export const weekdayIndex = (date: string): number => (dayNumber(date) + 3) % 7

/** "Tuesday 3 March 2026" */
export const formatLongDate = (date: string): string => `${weekdayNames[weekdayIndex(date)]} ${formatDayMonth(date)}`

/** "Tuesday 24 November" as read on a day in 2026, "Monday 4 January 2027" (the year only when it is not `today`'s). */
export const formatLongDateAsOf = (date: string, today: string): string => {
  const long = formatLongDate(date)
  return date.slice(0, 4) === today.slice(0, 4) ? long.slice(0, long.lastIndexOf(' ')) : long
}

/** "6 January 2026" */
export const formatDayMonth = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number)
  return `${d} ${monthNames[m! - 1]} ${y}`
}

/** What recurrence rules ask of a plain date, worked out once per date. */
export interface DayInfo {
  /** Day number since 1970-01-01. */
  n: number
  date: string
  /** 0 = Monday ... 6 = Sunday. */
  weekday: number
  /** Day number of the Monday of its week. */
  weekStart: number
  /** Months since year 0: year * 12 + month - 1. */
  month: number
  /** Which of its weekday in the month: 1 for the first Tuesday ... 5 for the fifth. */
  ordinal: number
  /** The same counted from the end: -1 for the last Tuesday ... -5. */
  reverseOrdinal: number
}

const dayInfos = new Map<number, DayInfo>()

/** The DayInfo of a plain date or day number (cached: many sessions ask about the same days). */
export const dayInfo = (day: string | number): DayInfo => {
  const n = typeof day === 'number' ? day : dayNumber(day)
  const cached = dayInfos.get(n)
  if (cached) return cached
  const at = new Date(n * 86_400_000)
  const y = at.getUTCFullYear()
  const m = at.getUTCMonth()
  const d = at.getUTCDate()
  const weekday = (n + 3) % 7
  const length = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const info: DayInfo = {
    n,
    date: at.toISOString().slice(0, 10),
    weekday: weekday < 0 ? weekday + 7 : weekday,
    weekStart: n - (weekday < 0 ? weekday + 7 : weekday),
    month: y * 12 + m,
    ordinal: Math.ceil(d / 7),
    reverseOrdinal: -Math.ceil((length - d + 1) / 7),
  }
  dayInfos.set(n, info)
  return info
}
