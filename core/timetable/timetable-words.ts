/**
 * A session series' timetable in plain English, statement by statement: "Every 2 weeks on Monday
 * from 5 January 2026", "10:00 to 11:30", "From 5 January 2026 to 20 July 2027", "Term time only",
 * "Not on bank holidays". The one source of these words for the session editor's preview
 * (core/timetable/preview.ts) and the public site (core/ui/TimetableDescription.tsx, and the
 * one-sentence form lists and search results use).
 */
import { formatDayMonth } from '../dates/plain-date.ts'
import { minutesOf } from '../records/fields.ts'
import type { Frequency, TermTimeRule, WeekOfMonth, Weekday } from '../records/vocabulary.ts'
import { describeRecurrence, recurrenceOf } from './recurrence.ts'

/** What the words are made of: a session's timetable fields, any of them still missing while staff type. */
export interface TimetableFacts {
  freq?: Frequency
  interval?: number | null
  days?: readonly Weekday[] | null
  weeksOfMonth?: readonly WeekOfMonth[] | null
  firstDate?: string
  lastDate?: string | null
  opensAt?: string
  closesAt?: string
  termTime?: TermTimeRule | null
  runsOnBankHolidays?: boolean | null
}

export interface TimetableWords {
  /** "Every 2 weeks on Monday from 5 January 2026": missing until frequency, first date and days (and, monthly, weeks) are given. */
  pattern?: string
  /** "10:00 to 11:30": missing until both times are given, the closing after the opening. */
  times?: string
  /** "From 5 January 2026 to 20 July 2027", "Starts on 5 January 2027, with no end date", "Ended on ...": missing without a first date. */
  dates?: string
  /** "Term time only", "School holidays only" or "All year, in term time and school holidays". */
  terms: string
  /** "Not on bank holidays" or "Runs on bank holidays too". */
  bankHolidays: string
}

export const termRuleWords: Record<TermTimeRule, string> = {
  'all-year': 'All year, in term time and school holidays',
  'term-time': 'Term time only',
  'school-holidays': 'School holidays only',
}

/** "09:30 to 11:30" */
export const timeRange = (opensAt: string, closesAt: string): string => `${opensAt} to ${closesAt}`

const timesOf = (opensAt: string | undefined, closesAt: string | undefined): string | undefined =>
  opensAt && closesAt && minutesOf(closesAt) > minutesOf(opensAt) ? timeRange(opensAt, closesAt) : undefined

const hasPattern = (t: TimetableFacts): t is TimetableFacts & { freq: Frequency; firstDate: string } =>
  t.freq !== undefined &&
  t.firstDate !== undefined &&
  (t.days?.length ?? 0) > 0 &&
  (t.freq === 'weekly' || (t.weeksOfMonth?.length ?? 0) > 0)

/** The dates it runs between, as seen on `today` (a London plain date). */
const datesOf = (firstDate: string, lastDate: string | null | undefined, today: string): string => {
  if (lastDate && lastDate < today && lastDate >= firstDate)
    return `Ended on ${formatDayMonth(lastDate)}: there are no more dates`
  if (lastDate && lastDate >= firstDate) return `From ${formatDayMonth(firstDate)} to ${formatDayMonth(lastDate)}`
  if (lastDate) return `From ${formatDayMonth(firstDate)}`
  return `${firstDate > today ? 'Starts on' : 'From'} ${formatDayMonth(firstDate)}, with no end date`
}

/** The timetable's statements, on `today`: whatever the facts given allow. */
export const describeTimetable = (t: TimetableFacts, today: string): TimetableWords => {
  const words: TimetableWords = {
    terms: termRuleWords[t.termTime ?? 'all-year'],
    bankHolidays: t.runsOnBankHolidays ? 'Runs on bank holidays too' : 'Not on bank holidays',
  }
  if (hasPattern(t)) words.pattern = describeRecurrence(recurrenceOf(t))
  const times = timesOf(t.opensAt, t.closesAt)
  if (times) words.times = times
  if (t.firstDate) words.dates = datesOf(t.firstDate, t.lastDate, today)
  return words
}

/** The pattern with its times, the timetable's first statement: "Every week on Tuesday, 10:00 to 11:30". */
export const timetableHeadline = (w: Pick<TimetableWords, 'pattern' | 'times'>): string | undefined =>
  w.pattern && w.times ? `${w.pattern}, ${w.times}` : w.pattern

/** The statements in order, one a line: the headline, the dates, the term rule, bank holidays. */
export const timetableLines = (w: TimetableWords): string[] =>
  [timetableHeadline(w), w.dates, w.terms, w.bankHolidays].filter((line): line is string => line !== undefined)

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * The timetable in one sentence, for lists and search results: "Every week on Tuesday, 09:30 to
 * 11:30, term time only, until 20 July 2027". Says the term rule only when it limits the dates.
 */
export const timetableSentence = (t: TimetableFacts): string => {
  const w = describeTimetable(t, '')
  const terms = t.termTime && t.termTime !== 'all-year' ? lowerFirst(w.terms) : undefined
  const until = t.lastDate ? `until ${formatDayMonth(t.lastDate)}` : undefined
  return [timetableHeadline(w), terms, until].filter((part): part is string => part !== undefined).join(', ')
}
