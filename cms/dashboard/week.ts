/**
 * The week staff mean by "this week": Monday to Sunday, of a London date. Pure.
 */
import { addDays, formatDayMonth, formatLongDate, weekdayIndex } from '../../core/dates/plain-date.ts'

export interface Week {
  /** The Monday (a plain date, "2026-12-07"). */
  from: string
  /** The Sunday. */
  to: string
  /** Monday to Sunday. */
  dates: string[]
}

/** The Monday-to-Sunday week a plain date is in. */
export const weekOf = (date: string): Week => {
  const from = addDays(date, -weekdayIndex(date))
  const dates = Array.from({ length: 7 }, (_, i) => addDays(from, i))
  return { from, to: dates[6]!, dates }
}

/** "Monday 7 to Sunday 13 December 2026", "Monday 30 November to Sunday 6 December 2026", "Monday 28 December 2026 to Sunday 3 January 2027". */
export const weekWords = ({ from, to }: Pick<Week, 'from' | 'to'>): string => {
  const [day, month] = formatDayMonth(from).split(' ')
  const start =
    from.slice(0, 4) !== to.slice(0, 4)
      ? formatDayMonth(from)
      : from.slice(0, 7) !== to.slice(0, 7)
        ? `${day} ${month}`
        : day
  return `Monday ${start} to ${formatLongDate(to)}`
}
