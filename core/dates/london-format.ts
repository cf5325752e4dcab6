/**
 * Instants as people in the UK read them, in Europe/London whatever the server's zone: "3 March
 * 2026", "3 March 2026, 14:05", 24-hour times. The one set of London formatters: the admin's
 * components, emails, refusals, backups and the site all use these. Pure.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

import { LONDON } from './london-zone.ts'

const instantOf = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number' && !(value instanceof Date)) return undefined
  const instant = value instanceof Date ? value : new Date(value)
  return Number.isNaN(instant.getTime()) ? undefined : instant
}

/** `value` (an ISO string, epoch milliseconds or a Date) in London with a date-fns pattern; undefined when it is no date. */
export const inLondon = (value: unknown, pattern: string): string | undefined => {
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

/** "6 Dec 2026, 10:02", short month: for lists and notices. */
export const londonShortDateTime = (value: unknown): string | undefined => inLondon(value, 'd MMM yyyy, HH:mm')

/** "6 Dec 2026, 10:02:30", to the second: when two changes may be close together. */
export const londonDateTimeSeconds = (value: unknown): string | undefined => inLondon(value, 'd MMM yyyy, HH:mm:ss')
