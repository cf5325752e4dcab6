import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarFeed, feedOfSessionCalendars, sessionCalendar, type CalendarSession } from './icalendar.ts'
import { termDatesLookup } from './term-dates.ts'

const termDates = termDatesLookup([
  { name: 'Spring bank holiday', type: 'bank-holiday', startDate: '2026-05-25', endDate: '2026-05-25' },
  { name: 'Summer term 2026', type: 'term', startDate: '2026-04-13', endDate: '2026-07-21' },
])
const options = {
  domain: 'families.example.org',
  stamp: '2026-04-01T09:00:00Z',
  place: (venue: string | number) => ({ name: `Venue ${venue}`, address: '1 Bank Street, Warrington WA1 1AA' }),
}

const session = (over: Partial<CalendarSession> = {}): CalendarSession => ({
  id: 42,
  title: 'Baby massage at Birchwood Family Hub',
  hub: 1,
  venue: 3,
  freq: 'weekly',
  interval: 1,
  days: ['MO'],
  firstDate: '2026-05-04',
  opensAt: '10:00',
  closesAt: '11:30',
  ...over,
})

const ics = (over: Partial<CalendarSession> = {}, cal = termDates) => sessionCalendar(session(over), cal, options)
/** The unfolded content lines, outside the VTIMEZONE (which has RRULEs of its own). */
const lines = (text: string) =>
  text
    .replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, '')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
const line = (text: string, name: string) => lines(text).filter((l) => l.startsWith(name))

describe('a session series as an iCalendar file', () => {
  it('is in London time with its VTIMEZONE, and starts on the first date the rule gives', () => {
    const text = ics({ firstDate: '2026-05-01' }) // a Friday: the first Monday is 4 May
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/)
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London')
    expect(line(text, 'DTSTART;')).toEqual(['DTSTART;TZID=Europe/London:20260504T100000'])
    expect(line(text, 'DTEND')).toEqual(['DTEND;TZID=Europe/London:20260504T113000'])
    expect(line(text, 'UID')).toEqual(['UID:session-42@families.example.org'])
  })

  it('writes the recurrence as an RRULE: weekly, fortnightly, with the last date in UTC', () => {
    expect(line(ics(), 'RRULE')).toEqual(['RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO'])
    expect(line(ics({ interval: 2, days: ['MO', 'TH'], lastDate: '2026-07-20' }), 'RRULE')).toEqual([
      'RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260720T225900Z;BYDAY=MO,TH;WKST=MO',
    ])
  })

  it('writes monthly ordinals: the 2nd Tuesday, the 5th and the last Friday, one event per weekday', () => {
    expect(line(ics({ freq: 'monthly', days: ['TU'], weeksOfMonth: ['2'] }), 'RRULE')).toEqual([
      'RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=2;WKST=MO',
    ])
    expect(line(ics({ freq: 'monthly', days: ['FR'], weeksOfMonth: ['5', '-1'], interval: 2 }), 'RRULE')).toEqual([
      'RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=FR;BYSETPOS=5,-1;WKST=MO',
    ])
    const both = ics({ freq: 'monthly', days: ['TU', 'TH'], weeksOfMonth: ['1'] })
    expect(line(both, 'RRULE')).toEqual([
      'RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=1;WKST=MO',
      'RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=TH;BYSETPOS=1;WKST=MO',
    ])
    expect(line(both, 'UID')).toEqual([
      'UID:session-42-tu@families.example.org',
      'UID:session-42-th@families.example.org',
    ])
  })

  it('leaves out a bank holiday Monday and a cancelled date with EXDATE, and says why in the description', () => {
    const text = ics({ exceptions: [{ date: '2026-06-08', kind: 'cancelled', reason: 'Hall in use for voting' }] })
    expect(line(text, 'EXDATE')).toEqual(['EXDATE;TZID=Europe/London:20260525T100000,20260608T100000'])
    const description = line(text, 'DESCRIPTION')[0]!
    expect(description).toContain('Not on Monday 25 May 2026: Bank holiday (Spring bank holiday)')
    expect(description).toContain('Not on Monday 8 June 2026: Hall in use for voting')
  })

  it('overrides a changed date with RECURRENCE-ID, and gives an extra date an event of its own', () => {
    const text = ics({
      exceptions: [
        {
          date: '2026-06-15',
          kind: 'changed',
          opensAt: '13:00',
          closesAt: '14:00',
          venue: 9,
          reason: 'In the library this week',
        },
        { date: '2026-06-17', kind: 'extra', reason: 'Summer fair' },
      ],
    })
    const events = text.split('BEGIN:VEVENT').slice(1)
    expect(events).toHaveLength(3)
    const changed = events.find((e) => e.includes('RECURRENCE-ID'))!
    expect(line(changed, 'RECURRENCE-ID')).toEqual(['RECURRENCE-ID;TZID=Europe/London:20260615T100000'])
    expect(line(changed, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/London:20260615T130000'])
    expect(line(changed, 'UID')).toEqual(['UID:session-42@families.example.org'])
    expect(line(changed, 'LOCATION')).toEqual(['LOCATION:Venue 9\\, 1 Bank Street\\, Warrington WA1 1AA'])
    const extra = events.find((e) => e.includes('20260617'))!
    expect(line(extra, 'UID')).toEqual(['UID:session-42-extra-20260617@families.example.org'])
    expect(line(extra, 'RRULE')).toEqual([])
  })

  it('ends a term-time series at the last term date entered, leaving out the half term', () => {
    const text = ics({ termTime: 'term-time', firstDate: '2026-04-13' })
    expect(line(text, 'RRULE')).toEqual(['RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260721T225900Z;BYDAY=MO;WKST=MO'])
    // No term dates at all: nothing can be promised, but the file is still a calendar.
    const none = ics({ termTime: 'term-time' }, termDatesLookup([]))
    expect(none).toContain('BEGIN:VCALENDAR')
    expect(none).not.toContain('BEGIN:VEVENT')
    // RFC 5545 wants at least one component in a calendar: the time zone is one.
    expect(new ICAL.Component(ICAL.parse(none)).getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone'])
  })

  it('starts on the first date that is on, so a bank holiday first Monday is not DTSTART', () => {
    const text = ics({ firstDate: '2026-05-25' })
    expect(line(text, 'DTSTART;')).toEqual(['DTSTART;TZID=Europe/London:20260601T100000'])
    expect(line(text, 'EXDATE')).toEqual([])
  })

  it('still gives an open-ended series when nothing is known about its dates', () => {
    // First date a Tuesday, every Monday, no term dates at all: the rule alone decides.
    const text = ics({ firstDate: '2026-03-17' }, termDatesLookup([]))
    expect(line(text, 'DTSTART;')).toEqual(['DTSTART;TZID=Europe/London:20260323T100000'])
    expect(line(text, 'RRULE')).toEqual(['RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO'])
  })

  it('gives a changed date after the last term date an event of its own, since the RRULE stops there', () => {
    const text = ics({
      termTime: 'term-time',
      firstDate: '2026-04-13',
      exceptions: [{ date: '2026-09-07', kind: 'changed', opensAt: '11:00', closesAt: '12:00' }],
    })
    const own = text
      .split('BEGIN:VEVENT')
      .slice(1)
      .find((e) => e.includes('DTSTART;TZID=Europe/London:20260907T110000'))!
    expect(line(own, 'UID')).toEqual(['UID:session-42-changed-20260907@families.example.org'])
    expect(line(own, 'RECURRENCE-ID')).toEqual([])
  })

  it('escapes commas, semicolons and new lines in a reason, and a calendar app reads the reason back as written', () => {
    const reason = 'Hall in use for voting; sorry, see you\nnext week'
    const text = ics({ exceptions: [{ date: '2026-06-08', kind: 'cancelled', reason }] })
    expect(lines(text).find((l) => l.startsWith('DESCRIPTION'))).toContain(
      'Not on Monday 8 June 2026: Hall in use for voting\\; sorry\\, see you\\nnext week',
    )
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!
    expect(String(vevent.getFirstPropertyValue('description'))).toContain(`Not on Monday 8 June 2026: ${reason}`)
  })

  it('escapes text and folds long lines at 75 octets', () => {
    const text = ics({ title: 'Stay, play; and sing\nwith "Rhyme Time" – ça va 👶', summary: 'x'.repeat(300) })
    expect(line(text, 'SUMMARY')).toEqual(['SUMMARY:Stay\\, play\\; and sing\\nwith "Rhyme Time" – ça va 👶'])
    for (const l of text.split('\r\n')) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75)
    const feed = calendarFeed([session()], termDates, { ...options, name: 'Birchwood; Family, Hub\nTimetable' })
    expect(line(feed, 'X-WR-CALNAME')).toEqual(['X-WR-CALNAME:Birchwood\\; Family\\, Hub Timetable'])
  })

  it('gives the same bytes for the same data, so subscribers see no false changes', () => {
    expect(ics()).toBe(ics())
    expect(ics()).not.toBe(sessionCalendar(session(), termDates, { ...options, stamp: '2026-04-02T09:00:00Z' }))
  })

  it('leaves out what ended before the window, starting long-running series at the first date in it', () => {
    const text = sessionCalendar(session({ firstDate: '2020-01-06', interval: 2 }), termDates, {
      ...options,
      since: '2026-05-01',
    })
    // Fortnightly from Monday 6 January 2020: 4 May 2026 is 330 weeks later, so a session week.
    expect(line(text, 'DTSTART;')).toEqual(['DTSTART;TZID=Europe/London:20260504T100000'])
    expect(
      sessionCalendar(session({ lastDate: '2026-03-30', firstDate: '2026-01-05' }), termDates, {
        ...options,
        since: '2026-05-01',
      }),
    ).not.toContain('BEGIN:VEVENT')
  })
})

describe('a feed put together from session files', () => {
  const sessions = [
    session(),
    session({ id: 43, title: 'Stay and play', days: ['TU', 'TH'], interval: 2, opensAt: '13:00', closesAt: '14:30' }),
    session({
      id: 44,
      title: 'Monthly clinic',
      freq: 'monthly',
      days: ['WE'],
      weeksOfMonth: ['1'],
      exceptions: [{ date: '2026-06-03', kind: 'cancelled', reason: 'Training day' }],
    }),
    session({
      id: 45,
      title: 'Term-time group',
      termTime: 'term-time',
      exceptions: [{ date: '2026-06-15', kind: 'extra', opensAt: '14:00', closesAt: '15:00' }],
    }),
  ]
  const feedOptions = {
    ...options,
    name: 'Birchwood Family Hub timetable',
    description: 'Sessions at Birchwood, kept up to date.',
    url: 'https://families.example.org/calendars/hubs/birchwood.ics',
  }

  it('is the text calendarFeed writes for the same sessions', () => {
    const files = sessions.map((s) =>
      sessionCalendar(s, termDates, { ...options, url: `https://families.example.org/calendars/sessions/${s.id}.ics` }),
    )
    expect(feedOfSessionCalendars(files, feedOptions)).toBe(calendarFeed(sessions, termDates, feedOptions))
    expect(feedOfSessionCalendars(files.slice(1, 2), feedOptions)).toBe(
      calendarFeed(sessions.slice(1, 2), termDates, feedOptions),
    )
  })

  it('is a calendar with its zone and no events when there are no sessions', () => {
    expect(feedOfSessionCalendars([], feedOptions)).toBe(calendarFeed([], termDates, feedOptions))
  })
})
