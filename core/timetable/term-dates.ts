/**
 * The dates every timetable respects: school terms, bank holidays and hub closures, from the
 * term-dates collection. An entry with no hubs applies to every hub; one with hubs, to those only.
 */
import { dayNumber } from '../dates/plain-date.ts'
import { idOfRelated, type Id, type Related } from '../records/fields.ts'
import type { TermDateType } from '../records/vocabulary.ts'

export interface TermDateLike {
  name: string
  type: TermDateType
  startDate: string
  endDate: string
  hubs?: readonly (Id | { id: Id })[] | null
  reason?: string | null
}

export interface Closure {
  name: string
  /** What parents are told, or the closure's name when no reason was given. */
  reason: string
}

/** Whether a date is in a school term, in the holidays, or outside the term dates anyone has entered. */
export type TermStatus = 'term' | 'holiday' | 'unknown'

export interface TermDatesLookup {
  /** The bank holiday's name on this date, if it is one. */
  bankHoliday(date: string): string | undefined
  /** The closure of this hub on this date, if it is closed. */
  closure(hub: Id, date: string): Closure | undefined
  term(hub: Id, date: string): TermStatus
  /** The first and last dates the term dates for this hub cover, if any are entered. */
  termsCover(hub: Id): { from: string; to: string } | undefined
  /** The last date any entry speaks of: after it, only the sessions' own rules decide. */
  knownUntil: string | undefined
}

/** Days: the summer holiday in England is about six and a half weeks; a longer gap means term dates are missing. */
const longestHoliday = 60

const keyOf = (related: Related): string => String(idOfRelated(related))

const appliesTo = (entry: TermDateLike, hub: string): boolean =>
  !entry.hubs || entry.hubs.length === 0 || entry.hubs.some((h) => keyOf(h) === hub)

/** A calendar ready for many questions: lookups by date, term intervals worked out once per hub. */
export const termDatesLookup = (entries: readonly TermDateLike[]): TermDatesLookup => {
  const bankHolidays = new Map<string, string>()
  const closures = new Map<string, TermDateLike[]>()
  const terms = entries.filter((e) => e.type === 'term')
  for (const entry of entries) {
    if (entry.type === 'term') continue
    for (let n = dayNumber(entry.startDate), end = dayNumber(entry.endDate); n <= end; n++) {
      const date = new Date(n * 86_400_000).toISOString().slice(0, 10)
      if (entry.type === 'bank-holiday') bankHolidays.set(date, entry.name)
      else closures.set(date, [...(closures.get(date) ?? []), entry])
    }
  }
  const termsByHub = new Map<string, { spans: [number, number][]; from: string; to: string } | null>()
  const termsOf = (hub: string) => {
    if (!termsByHub.has(hub)) {
      const mine = terms.filter((t) => appliesTo(t, hub)).sort((a, b) => a.startDate.localeCompare(b.startDate))
      termsByHub.set(
        hub,
        mine.length === 0
          ? null
          : {
              spans: mine.map((t) => [dayNumber(t.startDate), dayNumber(t.endDate)]),
              from: mine[0]!.startDate,
              to: mine
                .map((t) => t.endDate)
                .sort()
                .at(-1)!,
            },
      )
    }
    return termsByHub.get(hub)!
  }
  /** Term, holiday or unknown: worked out once per hub and date (timetables ask again and again). */
  const termStatuses = new Map<string, TermStatus>()
  const termStatus = (hub: string, date: string): TermStatus => {
    const known = termsOf(hub)
    if (!known || date < known.from || date > known.to) return 'unknown'
    const n = dayNumber(date)
    if (known.spans.some(([start, end]) => n >= start && n <= end)) return 'term'
    // Between two terms: a holiday, unless the gap is longer than any school holiday (a missing year).
    const before = Math.max(...known.spans.filter(([, end]) => end < n).map(([, end]) => end))
    const after = Math.min(...known.spans.filter(([start]) => start > n).map(([start]) => start))
    return after - before - 1 > longestHoliday ? 'unknown' : 'holiday'
  }
  return {
    bankHoliday: (date) => bankHolidays.get(date),
    closure(hub, date) {
      const key = keyOf(hub)
      const entry = closures.get(date)?.find((e) => appliesTo(e, key))
      return entry ? { name: entry.name, reason: entry.reason?.trim() || entry.name } : undefined
    },
    term(hub, date) {
      const key = `${keyOf(hub)} ${date}`
      let status = termStatuses.get(key)
      if (status === undefined) {
        status = termStatus(keyOf(hub), date)
        termStatuses.set(key, status)
      }
      return status
    },
    knownUntil: entries
      .map((e) => e.endDate)
      .sort()
      .at(-1),
    termsCover(hub) {
      const known = termsOf(keyOf(hub))
      return known ? { from: known.from, to: known.to } : undefined
    },
  }
}
