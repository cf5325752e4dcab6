/**
 * Dates and times as staff read them in the review screens, in Europe/London:
 * "3 March 2026" and "3 March 2026, 14:05". Pure: used by the server and the admin components.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

const LONDON = 'Europe/London'

const instantOf = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return undefined
  const instant = value instanceof Date ? value : new Date(value)
  return Number.isNaN(instant.getTime()) ? undefined : instant
}

const inLondon = (value: unknown, pattern: string): string | undefined => {
  const instant = instantOf(value)
  return instant ? format(new TZDate(instant, LONDON), pattern) : undefined
}

/** "3 March 2026", the London day of a stored instant; undefined for anything that is not a date. */
export const londonDate = (value: unknown): string | undefined => inLondon(value, 'd MMMM yyyy')

/** "3 March 2026, 14:05" in London (summer time included). */
export const londonDateTime = (value: unknown): string | undefined => inLondon(value, 'd MMMM yyyy, HH:mm')

/** "14:05" in London. */
export const londonTime = (value: unknown): string | undefined => inLondon(value, 'HH:mm')

/** "March 2026" in London. */
export const londonMonth = (value: unknown): string | undefined => inLondon(value, 'MMMM yyyy')
