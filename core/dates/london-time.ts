/**
 * From London wall-clock time to instants: "10:00 on 29 March 2026" is 09:00 UTC, the day after
 * the clocks go forward. Time zone rules come from the tz database through @date-fns/tz; results
 * are cached by day, since a timetable asks about the same days again and again.
 *
 * The two awkward hours follow RFC 5545 §3.3.5: a time that happens twice (01:30 on the last
 * Sunday of October) means the first one, in summer time; a time that never happens (01:30 on the
 * last Sunday of March) is read with the offset before the gap, so it lands at 02:30 summer time.
 */
import { tzOffset } from '@date-fns/tz'
import { LONDON } from './london-zone.ts'
import { dayNumber } from './plain-date.ts'
import { minutesOf } from '../records/fields.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

const offsetAt = (ms: number): number => tzOffset(LONDON, new Date(ms))

/** The UTC offset in minutes for a whole London day, or null on a day when the clocks change. */
const steadyOffsets = new Map<number, number | null>()
const steadyOffset = (day: number): number | null => {
  let offset = steadyOffsets.get(day)
  if (offset === undefined) {
    const before = offsetAt(day * 86_400_000 - 2 * HOUR)
    const after = offsetAt((day + 1) * 86_400_000 + 2 * HOUR)
    offset = before === after ? before : null
    steadyOffsets.set(day, offset)
  }
  return offset
}

/** Milliseconds since the epoch of a London date ("2026-03-29") and time ("10:00"). */
export const londonInstant = (date: string, time: string): number => instantOfDay(dayNumber(date), minutesOf(time))

/** The same from a day number (see `dayNumber`) and minutes after midnight. */
export const instantOfDay = (day: number, minutes: number): number => {
  const local = day * 86_400_000 + minutes * MINUTE
  const steady = steadyOffset(day)
  if (steady !== null) return local - steady * MINUTE
  // A day when the clocks change: try the offsets either side of the change.
  const before = offsetAt(local - 12 * HOUR)
  const after = offsetAt(local + 12 * HOUR)
  const candidates = [local - before * MINUTE, local - after * MINUTE].filter(
    (t, i) => offsetAt(t) === (i === 0 ? before : after),
  )
  if (candidates.length > 0) return Math.min(...candidates)
  return local - before * MINUTE
}

/** ISO 8601 in UTC, "2026-03-29T09:00:00.000Z", of a London date and time. */
export const londonIso = (date: string, time: string): string => new Date(londonInstant(date, time)).toISOString()
