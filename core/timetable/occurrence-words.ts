/**
 * One date of a session in words: "Tuesday 3 March 2026, 10:00 to 11:30", and its status as a tag
 * ("Cancelled", "Changed", "Extra date", "On") with what parents are told ("Cancelled: Hall in use
 * for voting", "Changed: 13:00 to 14:30 instead of 10:00 to 11:30, at Birchwood Library instead of
 * Birchwood Family Hub. In the library this week"). The session editor's preview and the public
 * site's timetables both say it this way (core/ui/SessionDate.tsx).
 */
import { formatLongDate } from '../dates/plain-date.ts'
import type { Id } from '../records/fields.ts'
import type { Occurrence } from './occurrences.ts'
import { timeRange } from './timetable-words.ts'

/** What the words of a date are made of. */
export type OccurrenceFacts = Pick<Occurrence, 'date' | 'opensAt' | 'closesAt' | 'status' | 'extra' | 'venue'> &
  Partial<Pick<Occurrence, 'reason' | 'regular'>>

/** The one status a date shows: a cancelled or changed date is that, an extra date that is on is "extra". */
export type OccurrenceTone = 'on' | 'cancelled' | 'changed' | 'extra'

export const occurrenceTone = (o: Pick<OccurrenceFacts, 'status' | 'extra'>): OccurrenceTone =>
  o.status === 'on' && o.extra ? 'extra' : o.status

export const toneLabels: Record<OccurrenceTone, string> = {
  on: 'On',
  cancelled: 'Cancelled',
  changed: 'Changed',
  extra: 'Extra date',
}

/** "Tuesday 3 March 2026, 10:00 to 11:30" */
export const occurrenceLine = (o: Pick<OccurrenceFacts, 'date' | 'opensAt' | 'closesAt'>): string =>
  `${formatLongDate(o.date)}, ${timeRange(o.opensAt, o.closesAt)}`

/** The reason a cancellation falls back to when staff gave none (see occurrences.ts): the tag says it already. */
const noReason = 'Cancelled'

/**
 * What follows the status: the reason for a cancellation; what changed, and any note, for a change
 * ("13:00 to 14:30 instead of 10:00 to 11:30, at Birchwood Library instead of Birchwood Family Hub. In
 * the library this week"); the note of an extra date. Undefined when there is nothing to add.
 */
export const occurrenceDetail = (o: OccurrenceFacts, venueName: (id: Id) => string = String): string | undefined => {
  const tone = occurrenceTone(o)
  if (tone === 'cancelled') return o.reason && o.reason !== noReason ? o.reason : undefined
  if (tone === 'changed') {
    const what: string[] = []
    const regular = o.regular ?? {}
    if (regular.opensAt !== undefined || regular.closesAt !== undefined)
      what.push(
        `${timeRange(o.opensAt, o.closesAt)} instead of ${timeRange(regular.opensAt ?? o.opensAt, regular.closesAt ?? o.closesAt)}`,
      )
    if (regular.venue !== undefined) what.push(`at ${venueName(o.venue)} instead of ${venueName(regular.venue)}`)
    if (what.length === 0) return o.reason || 'same time and place'
    return `${what.join(', ')}${o.reason ? `. ${o.reason}` : ''}`
  }
  if (tone === 'extra') return o.reason || undefined
  return undefined
}

/** A date's status in one line: "On", "Cancelled: Hall in use for voting", "Changed: 13:00 to 14:30 instead of 10:00 to 11:30", "Extra date". */
export const occurrenceStatus = (o: OccurrenceFacts, venueName: (id: Id) => string = String): string => {
  const label = toneLabels[occurrenceTone(o)]
  const detail = occurrenceDetail(o, venueName)
  return detail ? `${label}: ${detail}` : label
}
