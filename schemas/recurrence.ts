/**
 * The recurrence of a session series (after Open Referral's schedule and RFC 5545): weekly every
 * `interval` weeks on `days`, or monthly every `interval` months on the given weeks of the month.
 * Pure calendar-date arithmetic: a rule speaks of London calendar dates, never of instants.
 */
import { dayNumber, weekdayIndex } from './calendar-date.ts'
import { labelOf, weekdays, weekdayOptions, weekOfMonthOptions, type Frequency, type WeekOfMonth, type Weekday } from './vocabulary.ts'

export interface RecurrenceRule {
  freq: Frequency
  interval: number
  days: Weekday[]
  /** Monthly only. */
  weeksOfMonth?: WeekOfMonth[]
  firstDate: string
  lastDate?: string
}

const weekdayOf = (date: string): Weekday => weekdays[weekdayIndex(date)]!

const ymd = (date: string): [number, number, number] => {
  const [y, m, d] = date.split('-').map(Number)
  return [y!, m!, d!]
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The weeks of the month a date falls in: its ordinal ("2" for the 2nd Tuesday) and "-1" if it is the last. */
export const weeksOfMonthOf = (date: string): WeekOfMonth[] => {
  const [y, m, d] = ymd(date)
  const ordinal = Math.ceil(d / 7)
  const result: WeekOfMonth[] = []
  if (ordinal <= 4) result.push(String(ordinal) as WeekOfMonth)
  if (d + 7 > daysInMonth(y, m)) result.push('-1')
  return result
}

/** True when the rule alone (before term dates, closures and exceptions) puts a session on this date. */
export const ruleRunsOn = (rule: RecurrenceRule, date: string): boolean => {
  if (date < rule.firstDate) return false
  if (rule.lastDate && date > rule.lastDate) return false
  if (!rule.days.includes(weekdayOf(date))) return false
  const interval = Math.max(1, rule.interval)
  if (rule.freq === 'weekly') {
    const weekStart = (d: string) => dayNumber(d) - weekdayIndex(d)
    return ((weekStart(date) - weekStart(rule.firstDate)) / 7) % interval === 0
  }
  const [fy, fm] = ymd(rule.firstDate)
  const [y, m] = ymd(date)
  if (((y - fy) * 12 + (m - fm)) % interval !== 0) return false
  const weeks = rule.weeksOfMonth ?? []
  return weeksOfMonthOf(date).some((w) => weeks.includes(w))
}

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`

/** "Every Tuesday", "Every other Monday and Thursday", "2nd and 4th Tuesday of the month", "Last Friday of every other month". */
export const describeRecurrence = (rule: Pick<RecurrenceRule, 'freq' | 'interval' | 'days' | 'weeksOfMonth'>): string => {
  const dayNames = list(weekdays.filter((d) => rule.days.includes(d)).map((d) => labelOf(weekdayOptions, d)))
  if (rule.freq === 'weekly') {
    if (rule.interval <= 1) return `Every ${dayNames}`
    if (rule.interval === 2) return `Every other ${dayNames}`
    return `Every ${rule.interval} weeks on ${dayNames}`
  }
  const ordinals = weekOfMonthOptions.filter((o) => (rule.weeksOfMonth ?? []).includes(o.value)).map((o) => o.label.toLowerCase())
  const which = list(ordinals)
  const period = rule.interval <= 1 ? 'the month' : rule.interval === 2 ? 'every other month' : `every ${rule.interval} months`
  const phrase = `${which} ${dayNames} of ${period}`
  return phrase.charAt(0).toUpperCase() + phrase.slice(1)
}
