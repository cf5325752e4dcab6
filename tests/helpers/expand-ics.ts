/**
 * Reads an .ics the way a calendar app would, with an independent implementation (ical.js,
 * Mozilla's, as in Thunderbird): VTIMEZONEs registered, overrides related to their series by UID
 * and RECURRENCE-ID, EXDATEs applied by its own expansion.
 */
import ICAL from 'ical.js'
import { toPlainDate } from '../../core/dates/plain-date.ts'

/** "2026-03-03 2026-03-03T10:00:00.000Z 2026-03-03T11:30:00.000Z": London date, start and end in UTC. */
export type Instance = string

const instance = (start: Date, end: Date): Instance =>
  `${toPlainDate(start)} ${start.toISOString()} ${end.toISOString()}`

/** Every instance of every event in the .ics whose London date is from `from` to `to`, sorted. */
export const expandIcs = (ics: string, from: string, to: string): Instance[] => {
  const root = new ICAL.Component(ICAL.parse(ics))
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  const vevents = root.getAllSubcomponents('vevent')
  const end = ICAL.Time.fromJSDate(new Date(`${to}T23:59:59Z`), true)
  const found: Instance[] = []
  for (const master of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(master)
    for (const v of vevents) if (v !== master && v.getFirstPropertyValue('uid') === event.uid) event.relateException(v)
    if (!event.isRecurring()) {
      found.push(instance(event.startDate.toJSDate(), event.endDate.toJSDate()))
      continue
    }
    const iterator = event.iterator()
    for (let next = iterator.next(); next && next.compare(end) <= 0; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next)
      found.push(instance(details.startDate.toJSDate(), details.endDate.toJSDate()))
    }
  }
  return found.filter((i) => i.slice(0, 10) >= from && i.slice(0, 10) <= to).sort()
}
