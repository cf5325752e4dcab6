/**
 * What a calendar app would show is what the site shows: every demo session's .ics, and the hub
 * and service feeds, parsed and expanded by an independent iCalendar implementation (ical.js,
 * Mozilla's, as in Thunderbird) over 12 months must give exactly the dates, start and end instants
 * that `occurrences()` gives for the dates that are on or changed.
 */
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../core/dates/plain-date.ts'
import { expandIcs, type Instance } from '../helpers/expand-ics.ts'
import { calendarFeed, sessionCalendar, type CalendarSession } from '../../core/timetable/icalendar.ts'
import { occurrences } from '../../core/timetable/occurrences.ts'
import { termDatesLookup } from '../../core/timetable/term-dates.ts'
import { termDates as demoTermDates } from '../../cms/demo/data/term-dates.ts'
import { sessions as demoSessions } from '../../cms/demo/data/sessions.ts'

const termDates = termDatesLookup(demoTermDates)
const from = '2026-09-01'
const to = addDays(from, 364)
const since = '2026-08-01'
const options = {
  domain: 'families.example.org',
  stamp: '2026-08-01T09:00:00Z',
  since,
  place: (venue: string | number) => ({ name: String(venue) }),
}

const sessions: (CalendarSession & { service: string })[] = demoSessions.map((s, i) => ({
  ...s,
  id: i + 1,
  title: `${s.service} at ${s.venue}`,
}))

/** The instances occurrences() says are on or changed between `from` and `to`. */
const expected = (list: readonly CalendarSession[]): Instance[] =>
  occurrences(list, { from, to }, termDates)
    .filter((o) => o.status !== 'cancelled')
    .map((o) => `${o.date} ${o.start} ${o.end}`)
    .sort()

describe('iCalendar files agree with occurrences, read by an independent parser', () => {
  it.each(sessions.map((s) => [s.title, s] as const))('session %s', (_, session) => {
    expect(expandIcs(sessionCalendar(session, termDates, options), from, to)).toEqual(expected([session]))
  })

  it('agrees for a hub feed and a service feed', () => {
    const hub = sessions.filter((s) => s.hub === 'birchwood-family-hub')
    expect(hub.length).toBeGreaterThan(5)
    expect(expandIcs(calendarFeed(hub, termDates, { ...options, name: 'Birchwood Family Hub' }), from, to)).toEqual(
      expected(hub),
    )
    const service = sessions.filter((s) => s.service === sessions[0]!.service)
    expect(service.length).toBeGreaterThan(1)
    expect(expandIcs(calendarFeed(service, termDates, { ...options, name: 'Stay and Play' }), from, to)).toEqual(
      expected(service),
    )
  })

  it('covers what makes the comparison worth having', () => {
    // The demo data must exercise every part of the format, or agreement proves little.
    const all = occurrences(sessions, { from, to }, termDates)
    expect(all.some((o) => o.status === 'changed')).toBe(true)
    expect(all.some((o) => o.extra)).toBe(true)
    expect(new Set(all.filter((o) => o.status === 'cancelled').map((o) => o.cancelledBy))).toEqual(
      new Set(['exception', 'closure', 'bank-holiday']),
    )
    expect(sessions.some((s) => s.termTime === 'term-time')).toBe(true)
    expect(sessions.some((s) => s.termTime === 'school-holidays')).toBe(true)
    expect(sessions.some((s) => s.freq === 'monthly')).toBe(true)
    expect(sessions.some((s) => (s.interval ?? 1) > 1)).toBe(true)
  })
})

/** Rule shapes and exceptions the demo timetable does not have, each with a window to compare over. */
const shape = (id: string, over: Partial<CalendarSession>): CalendarSession => ({
  id,
  title: id,
  hub: 'birchwood-family-hub',
  venue: 'birchwood-family-hub',
  freq: 'weekly',
  interval: 1,
  days: ['MO'],
  firstDate: '2026-01-05',
  opensAt: '10:00',
  closesAt: '11:30',
  termTime: 'all-year',
  ...over,
})

const shapes: { name: string; session: CalendarSession; since?: string; from?: string; to?: string }[] = [
  {
    name: 'monthly on the 5th Friday',
    session: shape('fifth-friday', { freq: 'monthly', days: ['FR'], weeksOfMonth: ['5'] }),
  },
  {
    name: 'every 2 months on the 5th and the last Friday',
    session: shape('fifth-and-last', {
      freq: 'monthly',
      interval: 2,
      days: ['FR'],
      weeksOfMonth: ['5', '-1'],
      firstDate: '2026-02-01',
    }),
  },
  {
    name: 'monthly on two weekdays (one event each), with a cancellation and a change',
    session: shape('two-weekdays', {
      freq: 'monthly',
      days: ['TU', 'TH'],
      weeksOfMonth: ['1', '-1'],
      exceptions: [
        { date: '2026-10-06', kind: 'cancelled', reason: 'Room booked; sorry, no session' },
        { date: '2026-11-26', kind: 'changed', opensAt: '13:00', closesAt: '14:00', venue: 'birchwood-library' },
      ],
    }),
  },
  {
    name: 'every 3 months on the 1st Monday, bank holidays skipped',
    session: shape('quarterly', {
      freq: 'monthly',
      interval: 3,
      days: ['MO'],
      weeksOfMonth: ['1'],
      firstDate: '2026-02-01',
    }),
  },
  {
    name: 'fortnightly on Monday and Thursday, the window starting in an off week',
    session: shape('fortnightly-two-days', { interval: 2, days: ['MO', 'TH'], firstDate: '2026-01-05' }),
    since: '2026-09-07',
    from: '2026-09-07',
  },
  {
    name: 'term time, the window starting in the summer holidays, a change in half term and a cancelled first date',
    session: shape('term-time', {
      days: ['TH'],
      termTime: 'term-time',
      exceptions: [
        { date: '2026-09-03', kind: 'cancelled', reason: 'Settling-in day' },
        { date: '2026-10-29', kind: 'changed', opensAt: '09:00', closesAt: '10:00', reason: 'Half-term special' },
        { date: '2026-11-07', kind: 'extra', reason: 'Saturday open day' },
      ],
    }),
  },
  {
    name: 'school holidays only, open-ended',
    session: shape('holidays', { days: ['TU', 'WE'], termTime: 'school-holidays' }),
  },
  {
    name: 'a bank holiday session, an extra date on a bank holiday and a changed date on a closure day',
    session: shape('bank-holidays', {
      days: ['MO', 'FR'],
      runsOnBankHolidays: true,
      exceptions: [
        { date: '2026-12-26', kind: 'extra', opensAt: '11:00', closesAt: '12:00' },
        {
          date: '2026-10-09',
          kind: 'changed',
          venue: 'birchwood-library',
          reason: 'At the library while the hub is closed',
        },
      ],
    }),
  },
  {
    name: 'open-ended and all year, beyond the last date the calendar knows',
    session: shape('beyond', { days: ['WE'], firstDate: '2028-06-01' }),
    since: '2028-06-01',
    from: '2028-06-01',
    to: '2029-05-31',
  },
  {
    name: 'term time, up to the last term date entered and no further',
    session: shape('beyond-terms', { days: ['WE'], termTime: 'term-time', firstDate: '2028-06-01' }),
    since: '2028-06-01',
    from: '2028-06-01',
    to: '2029-05-31',
  },
]

describe('iCalendar agrees with occurrences for rule shapes the demo timetable lacks', () => {
  it.each(shapes)('$name', ({ session, since: windowSince = since, from: windowFrom = from, to: windowTo = to }) => {
    const want = occurrences(session, { from: windowFrom, to: windowTo }, termDates)
      .filter((o) => o.status !== 'cancelled')
      .map((o) => `${o.date} ${o.start} ${o.end}`)
      .sort()
    const ics = sessionCalendar(session, termDates, { ...options, since: windowSince })
    expect(expandIcs(ics, windowFrom, windowTo)).toEqual(want)
    expect(want.length).toBeGreaterThan(2)
  })

  it('carries an open-ended series on past the known calendar, but a term-time one only to the last term date', () => {
    const last = (id: string) =>
      expandIcs(
        sessionCalendar(shapes.find((s) => s.session.id === id)!.session, termDates, {
          ...options,
          since: '2028-06-01',
        }),
        '2028-06-01',
        '2029-05-31',
      )
        .at(-1)!
        .slice(0, 10)
    expect(last('beyond')).toBe('2029-05-30')
    expect(last('beyond-terms')).toBe('2028-07-19') // the summer term 2028 ends on Friday 21 July
  })

  it('puts a 5th-Friday session only in months with five Fridays', () => {
    const dates = expandIcs(sessionCalendar(shapes[0]!.session, termDates, options), from, to).map((i) =>
      i.slice(0, 10),
    )
    expect(dates).toEqual(['2026-10-30', '2027-01-29', '2027-04-30', '2027-07-30'])
  })

  it('starts a term-time series on its first date in term, not in the holidays or on a cancelled date', () => {
    const text = sessionCalendar(shapes[5]!.session, termDates, options)
    const root = new ICAL.Component(ICAL.parse(text))
    const master = root
      .getAllSubcomponents('vevent')
      .find((v) => v.hasProperty('rrule') && !v.hasProperty('recurrence-id'))!
    // 3 September is cancelled; 10 September is the first Thursday on.
    expect(master.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;TZID=Europe/London:20260910T100000')
    expect(String(master.getFirstPropertyValue('rrule'))).toContain('UNTIL=20280721T225900Z')
  })
})

describe('iCalendar across the clock changes', () => {
  it('keeps a 10:00 Monday session at 10:00 London time on both sides of each change', () => {
    const monday: CalendarSession = {
      id: 'dst',
      title: 'Baby massage',
      hub: 'h',
      venue: 'v',
      freq: 'weekly',
      interval: 1,
      days: ['MO'],
      firstDate: '2026-03-16',
      lastDate: '2026-11-02',
      opensAt: '10:00',
      closesAt: '11:00',
      runsOnBankHolidays: true,
    }
    const ics = sessionCalendar(monday, termDatesLookup([]), { ...options, since: undefined })
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
