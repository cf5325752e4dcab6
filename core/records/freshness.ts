/**
 * Freshness of what parents read: a service or session timetable is due for a check
 * `checkEveryMonths` after it was last checked, and overdue once that date has passed.
 * Plain dates only ("2026-03-03"), so the answer is the same in any time zone.
 */
import { z } from 'zod'
import { addDays, toPlainDate } from '../dates/plain-date.ts'

export const DEFAULT_CHECK_MONTHS = 6

export const checkEveryMonthsSchema = z
  .number({ error: 'Check every (months) must be a number of months from 1 to 24.' })
  .nullish()
  .transform((v) => v ?? DEFAULT_CHECK_MONTHS)
  .superRefine((v, ctx) => {
    if (!Number.isInteger(v) || v < 1 || v > 24)
      ctx.addIssue({
        code: 'custom',
        message: `Check every ${v} months is not allowed. Enter a whole number of months from 1 to 24 (6 is usual).`,
      })
  })

/** The date `months` after `date`, clamped to the month's last day (31 August + 6 months = 28 or 29 February). */
export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

export type Freshness = { state: 'never-checked' } | { state: 'fresh' | 'due' | 'overdue'; dueOn: string }

/**
 * Where a record stands on `today`: never checked; fresh; due (the due date is today or within
 * `dueSoonDays`); or overdue (the due date has passed).
 */
export const freshnessOf = (
  lastChecked: string | null | undefined,
  everyMonths: number | null | undefined,
  today: string,
  dueSoonDays = 14,
): Freshness => {
  // A stored instant is read as its London date: "2026-06-01T23:00:00.000Z" was picked as 2 June.
  const reviewed = lastChecked ? toPlainDate(lastChecked) : undefined
  if (!reviewed) return { state: 'never-checked' }
  const dueOn = addMonths(reviewed, everyMonths ?? DEFAULT_CHECK_MONTHS)
  if (dueOn < today) return { state: 'overdue', dueOn }
  return { state: dueOn <= addDays(today, dueSoonDays) ? 'due' : 'fresh', dueOn }
}
