/**
 * The occurrences of session series between two dates: the single source of "is it on this
 * week?" for the site, the calendar feeds, the CMS preview and the exports.
 *
 * For each date the rule gives, in this order of precedence:
 *  1. a dated exception: cancelled (with its reason) or changed (new times or venue) wins;
 *  2. the term rule: a term-time session skips the holidays, a school-holidays session skips terms,
 *     and neither runs on dates no term dates cover (we cannot promise them);
 *  3. a hub closure, then a bank holiday (unless the session runs on bank holidays), cancels it
 *     with the closure's or holiday's name as the reason;
 *  4. otherwise it is on.
 * Extra dates are added as they are. A changed or extra date is the most specific thing staff said
 * about that day, so it runs even on a closure day, a bank holiday or in the holidays; a cancellation
 * of a date the term rule already leaves out has nothing to cancel. Times are London wall-clock
 * times; instants are UTC.
 */
import { dayInfo, dayNumber, type DayInfo } from '../dates/plain-date.ts'
import { idOfRelated as idOf, minutesOf, type Id, type Related } from '../records/fields.ts'
import { instantOfDay } from '../dates/london-time.ts'
import { compileRecurrence, recurrenceOf, type SessionPattern } from './recurrence.ts'
import type { Closure, TermStatus, TermDatesLookup } from './term-dates.ts'
import type { ExceptionKind, TermTimeRule } from '../records/vocabulary.ts'

export interface TimetableException {
  date: string
  kind: ExceptionKind
  reason?: string | null
  opensAt?: string | null
  closesAt?: string | null
  venue?: Related | null
}

/** What the occurrences of a session depend on: its pattern, times, term rule and exceptions. */
export interface TimetableSession extends SessionPattern {
  id?: Id | null
  hub: Related
  venue: Related
  opensAt: string
  closesAt: string
  termTime?: TermTimeRule | null
  runsOnBankHolidays?: boolean | null
  exceptions?: readonly TimetableException[] | null
}

export type OccurrenceStatus = 'on' | 'cancelled' | 'changed'
export type CancellationCause = 'exception' | 'closure' | 'bank-holiday'

export interface Occurrence {
  /** The session's id (or its position in the list when it has none yet, as in a preview). */
  session: Id
  hub: Id
  venue: Id
  /** London plain date. */
  date: string
  /** London wall-clock times, as they happen on this date. */
  opensAt: string
  closesAt: string
  /** UTC instants, ISO 8601. */
  start: string
  end: string
  status: OccurrenceStatus
  /** A one-off date outside the regular pattern. */
  extra: boolean
  /** Why it is cancelled, or a note staff gave with a change or an extra date. */
  reason?: string
  cancelledBy?: CancellationCause
  /** For a changed date, what it would have been: only the parts that changed. */
  regular?: { opensAt?: string; closesAt?: string; venue?: Id }
}

export interface DateRange {
  /** First date, inclusive ("2026-03-02"). */
  from: string
  /** Last date, inclusive. */
  to: string
}

/** What the term dates say about each day of the range for one hub, worked out once per hub. */
interface HubDays {
  term: TermStatus[]
  closure: (Closure | undefined)[]
  bankHoliday: (string | undefined)[]
}

/**
 * Every occurrence of the sessions from `range.from` to `range.to` inclusive, in time order (ties
 * keep the order of `sessions`). Cancelled dates are listed with their reason; dates the term rule
 * leaves out are not listed at all.
 */
export const occurrences = (
  sessions: TimetableSession | readonly TimetableSession[],
  range: DateRange,
  termDates: TermDatesLookup,
): Occurrence[] => {
  const list = Array.isArray(sessions) ? (sessions as readonly TimetableSession[]) : [sessions as TimetableSession]
  const fromN = dayNumber(range.from)
  const toN = dayNumber(range.to)
  if (toN < fromN) return []
  const days: DayInfo[] = []
  for (let n = fromN; n <= toN; n++) days.push(dayInfo(n))

  const hubDays = new Map<string, HubDays>()
  const daysOf = (hub: Id): HubDays => {
    const key = String(hub)
    let known = hubDays.get(key)
    if (!known) {
      known = {
        term: days.map((d) => termDates.term(hub, d.date)),
        closure: days.map((d) => termDates.closure(hub, d.date)),
        bankHoliday: days.map((d) => termDates.bankHoliday(d.date)),
      }
      hubDays.set(key, known)
    }
    return known
  }

  // Instants repeat across sessions (the same day, the same 10:00): convert each once.
  const isoCache = new Map<number, string>()
  const isoAt = (day: number, minutes: number): [number, string] => {
    const key = day * 1440 + minutes
    const at = instantOfDay(day, minutes)
    let iso = isoCache.get(key)
    if (iso === undefined) {
      iso = new Date(at).toISOString()
      isoCache.set(key, iso)
    }
    return [at, iso]
  }

  const found: { o: Occurrence; at: number; order: number }[] = []

  list.forEach((session, order) => {
    const sessionId = session.id ?? order
    const hub = idOf(session.hub)
    const venue = idOf(session.venue)
    const opens = minutesOf(session.opensAt)
    const closes = minutesOf(session.closesAt)
    const termTime = session.termTime ?? 'all-year'
    const exceptions = new Map<string, TimetableException>()
    for (const e of session.exceptions ?? []) exceptions.set(e.date, e)
    const calendarDays = daysOf(hub)

    const add = (
      d: DayInfo,
      status: OccurrenceStatus,
      extra: boolean,
      exception?: TimetableException,
      more?: Partial<Occurrence>,
    ) => {
      const opensAt = exception?.opensAt || session.opensAt
      const closesAt = exception?.closesAt || session.closesAt
      const [at, start] = isoAt(d.n, exception?.opensAt ? minutesOf(opensAt) : opens)
      const [, end] = isoAt(d.n, exception?.closesAt ? minutesOf(closesAt) : closes)
      const o: Occurrence = {
        session: sessionId,
        hub,
        venue: exception?.venue != null ? idOf(exception.venue) : venue,
        date: d.date,
        opensAt,
        closesAt,
        start,
        end,
        status,
        extra,
      }
      if (more) Object.assign(o, more)
      found.push({ o, at, order })
    }

    const rule = recurrenceOf(session)
    const runs = compileRecurrence(rule)
    const first = Math.max(fromN, dayNumber(rule.dtstart))
    const last = Math.min(toN, rule.until ? dayNumber(rule.until) : toN)
    for (let n = first; n <= last; n++) {
      const i = n - fromN
      const d = days[i]!
      if (!runs(d)) continue
      const exception = exceptions.size > 0 ? exceptions.get(d.date) : undefined
      if (exception?.kind === 'changed') {
        const regular: NonNullable<Occurrence['regular']> = {}
        if (exception.opensAt && exception.opensAt !== session.opensAt) regular.opensAt = session.opensAt
        if (exception.closesAt && exception.closesAt !== session.closesAt) regular.closesAt = session.closesAt
        if (exception.venue != null && String(idOf(exception.venue)) !== String(venue)) regular.venue = venue
        add(d, 'changed', false, exception, exception.reason ? { regular, reason: exception.reason } : { regular })
        continue
      }
      if (termTime !== 'all-year' && calendarDays.term[i] !== (termTime === 'term-time' ? 'term' : 'holiday')) continue
      if (exception?.kind === 'cancelled') {
        add(d, 'cancelled', false, undefined, {
          cancelledBy: 'exception',
          reason: exception.reason?.trim() || 'Cancelled',
        })
        continue
      }
      const closure = calendarDays.closure[i]
      if (closure) {
        add(d, 'cancelled', false, undefined, { cancelledBy: 'closure', reason: closure.reason })
        continue
      }
      const bankHoliday = session.runsOnBankHolidays ? undefined : calendarDays.bankHoliday[i]
      if (bankHoliday) {
        add(d, 'cancelled', false, undefined, { cancelledBy: 'bank-holiday', reason: `Bank holiday (${bankHoliday})` })
        continue
      }
      add(d, 'on', false)
    }

    for (const e of exceptions.values()) {
      if (e.kind !== 'extra') continue
      const n = dayNumber(e.date)
      if (n < fromN || n > toN || runs(days[n - fromN]!)) continue
      add(days[n - fromN]!, 'on', true, e, e.reason ? { reason: e.reason } : undefined)
    }
  })

  found.sort((a, b) => a.at - b.at || a.order - b.order)
  return found.map((f) => f.o)
}
