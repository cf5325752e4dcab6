/**
 * What a calendar app would show is what the site shows: every demo session's .ics, and the hub
 * and service feeds, parsed and expanded by an independent iCalendar implementation (ical.js,
 * Mozilla's, as in Thunderbird) over 12 months must give exactly the dates, start and end instants
 * that `occurrences()` gives for the dates that are on or changed.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../schemas/calendar-date.ts'
import { expandIcs, type Instance } from '../helpers/expand-ics.ts'
import { calendarFeed, sessionCalendar, type CalendarSession } from '../../schemas/icalendar.ts'
import { occurrences } from '../../schemas/occurrences.ts'
import { timetableCalendar } from '../../schemas/timetable-calendar.ts'
import { calendar as demoCalendar } from '../../seed/data/calendar.ts'
import { sessions as demoSessions } from '../../seed/data/sessions.ts'

const calendar = timetableCalendar(demoCalendar)
const from = '2026-09-01'
const to = addDays(from, 364)
const since = '2026-08-01'
const options = { domain: 'families.example.org', stamp: '2026-08-01T09:00:00Z', since, place: (venue: string | number) => ({ name: String(venue) }) }

const sessions: (CalendarSession & { service: string })[] = demoSessions.map((s, i) => ({ ...s, id: i + 1, title: `${s.service} at ${s.venue}` }))

/** The instances occurrences() says are on or changed between `from` and `to`. */
const expected = (list: readonly CalendarSession[]): Instance[] =>
  occurrences(list, { from, to }, calendar)
    .filter((o) => o.status !== 'cancelled')
    .map((o) => `${o.date} ${o.start} ${o.end}`)
    .sort()

describe('iCalendar files agree with occurrences, read by an independent parser', () => {
  it.each(sessions.map((s) => [s.title, s] as const))('session %s', (_, session) => {
    expect(expandIcs(sessionCalendar(session, calendar, options), from, to)).toEqual(expected([session]))
  })

  it('agrees for a hub feed and a service feed', () => {
    const hub = sessions.filter((s) => s.hub === 'birchwood-family-hub')
    expect(hub.length).toBeGreaterThan(5)
    expect(expandIcs(calendarFeed(hub, calendar, { ...options, name: 'Birchwood Family Hub' }), from, to)).toEqual(expected(hub))
    const service = sessions.filter((s) => s.service === sessions[0]!.service)
    expect(service.length).toBeGreaterThan(1)
    expect(expandIcs(calendarFeed(service, calendar, { ...options, name: 'Stay and Play' }), from, to)).toEqual(expected(service))
  })

  it('covers what makes the comparison worth having', () => {
    // The demo data must exercise every part of the format, or agreement proves little.
    const all = occurrences(sessions, { from, to }, calendar)
    expect(all.some((o) => o.status === 'changed')).toBe(true)
    expect(all.some((o) => o.extra)).toBe(true)
    expect(new Set(all.filter((o) => o.status === 'cancelled').map((o) => o.cancelledBy))).toEqual(new Set(['exception', 'closure', 'bank-holiday']))
    expect(sessions.some((s) => s.termTime === 'term-time')).toBe(true)
    expect(sessions.some((s) => s.termTime === 'school-holidays')).toBe(true)
    expect(sessions.some((s) => s.freq === 'monthly')).toBe(true)
    expect(sessions.some((s) => (s.interval ?? 1) > 1)).toBe(true)
  })
})

describe('iCalendar across the clock changes', () => {
  it('keeps a 10:00 Monday session at 10:00 London time on both sides of each change', () => {
    const monday: CalendarSession = { id: 'dst', title: 'Baby massage', hub: 'h', venue: 'v', freq: 'weekly', interval: 1, days: ['MO'], firstDate: '2026-03-16', lastDate: '2026-11-02', opensAt: '10:00', closesAt: '11:00', runsOnBankHolidays: true }
    const ics = sessionCalendar(monday, timetableCalendar([]), { ...options, since: undefined })
    const root = new ICAL.Component(ICAL.parse(ics))
    for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!)
    const iterator = event.iterator()
    const starts: string[] = []
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString())
    expect(starts).toContain('2026-03-23T10:00:00.000Z') // GMT
    expect(starts).toContain('2026-03-30T09:00:00.000Z') // BST: the clocks went forward on the 29th
    expect(starts).toContain('2026-10-19T09:00:00.000Z')
    expect(starts).toContain('2026-10-26T10:00:00.000Z') // GMT again
    expect(starts.at(-1)).toBe('2026-11-02T10:00:00.000Z') // UNTIL includes the last date
    expect(starts).toHaveLength(34)
  })
})
