/**
 * Dated exceptions to a session series, about as often as in the demo (one series in ten or so): a
 * cancellation mostly, or a changed time, a move to another venue of the hub for a date, an extra date.
 */
import { dayInfo, dayNumber, toStoredDate } from '../../core/dates/plain-date.ts'
import { compileRecurrence, recurrenceOf, type SessionPattern } from '../../core/timetable/recurrence.ts'
import type { Random } from './random.ts'
import type { GeneratedVenue, SessionExceptionDoc } from './records.ts'
import { clockTime } from './text.ts'
import {
  cancellationReasons,
  changeReasons,
  exceptionKindWeights,
  exceptionsFrom,
  exceptionsTo,
  extraReasons,
  moveReasons,
} from './templates/exceptions.ts'

export interface ExceptionSession {
  pattern: SessionPattern & { lastDate: string | undefined }
  venue: GeneratedVenue
  /** Its times, in minutes after midnight. */
  opens: number
  closes: number
}

/** The series' exceptions, in date order: none for most series. */
export const exceptionsOf = (r: Random, session: ExceptionSession): SessionExceptionDoc[] => {
  if (!r.chance(0.095)) return []
  const { venue } = session
  const findDate = dateFinder(r, session.pattern)
  const kinds = r.weighted(exceptionKindWeights, ([, w]) => w)()[0]
  const exceptions: SessionExceptionDoc[] = []
  for (const kind of kinds) {
    const found = findDate(kind !== 'extra')
    if (!found) continue
    const date = toStoredDate(found)
    const here = { venue: venue.name, place: venue.place, hub: venue.areaHub.name }
    if (kind === 'cancelled') {
      const reason = r.pick(cancellationReasons)(here)
      exceptions.push({ date, kind, reason, opensAt: null, closesAt: null, venue: null })
    } else if (kind === 'extra') {
      const [opensAt, closesAt] = [clockTime(session.opens), clockTime(session.closes)]
      exceptions.push({ date, kind, reason: r.pick(extraReasons), opensAt, closesAt, venue: null })
    } else exceptions.push({ date, kind, ...changeOf(r, session) })
  }
  return exceptions.sort((a, b) => String(a.date).localeCompare(String(b.date)))
}

/** A changed date: at another venue of the hub sometimes, else at another time. */
const changeOf = (r: Random, { venue, opens, closes }: ExceptionSession) => {
  const others = venue.areaHub.venues.filter((v) => v !== venue)
  if (others.length > 0 && r.chance(0.4)) {
    const other = r.pick(others)
    return { reason: r.pick(moveReasons)(other.name), opensAt: null, closesAt: null, venue: other.id }
  }
  const change = r.pick(changeReasons)
  const start = opens + change.shift
  return {
    reason: change.reason,
    opensAt: clockTime(start),
    closesAt: clockTime(start + (closes - opens)),
    venue: null,
  }
}

/**
 * Dates in the exceptions' window that the rule runs on (or, for an extra date, does not), each searched
 * for from a random day in the window, and never the same date twice.
 */
const dateFinder = (r: Random, pattern: ExceptionSession['pattern']) => {
  const runs = compileRecurrence(recurrenceOf(pattern))
  const { firstDate, lastDate } = pattern
  const from = dayNumber(firstDate > exceptionsFrom ? firstDate : exceptionsFrom)
  const to = dayNumber(lastDate && lastDate < exceptionsTo ? lastDate : exceptionsTo)
  const used = new Set<string>()
  const search = (regular: boolean, first: number, last: number): string | undefined => {
    for (let n = first; n <= last; n++) {
      const d = dayInfo(n)
      if (runs(d) === regular && !used.has(d.date)) return d.date
    }
    return undefined
  }
  return (regular: boolean): string | undefined => {
    if (to < from) return undefined
    const start = r.int(from, to)
    const date = search(regular, start, to) ?? search(regular, from, start - 1)
    if (date) used.add(date)
    return date
  }
}
