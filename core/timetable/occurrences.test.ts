import { describe, expect, it } from 'vitest'
import { londonIso } from '../dates/london-time.ts'
import { occurrences, type TimetableSession } from './occurrences.ts'
import { sessionSchema } from '../records/session.ts'
import { termDatesLookup, type TermDateLike } from './term-dates.ts'

const entries: TermDateLike[] = [
  { name: 'Spring bank holiday', type: 'bank-holiday', startDate: '2026-05-25', endDate: '2026-05-25' },
  { name: 'Boxing Day (substitute day)', type: 'bank-holiday', startDate: '2026-12-28', endDate: '2026-12-28' },
  { name: 'Autumn term 2026 (first half)', type: 'term', startDate: '2026-09-03', endDate: '2026-10-23' },
  { name: 'Autumn term 2026 (second half)', type: 'term', startDate: '2026-11-02', endDate: '2026-12-18' },
  {
    name: 'Birchwood training day',
    type: 'closure',
    startDate: '2026-03-06',
    endDate: '2026-03-06',
    hubs: ['birchwood'],
    reason: 'Closed for a staff training day.',
  },
  { name: 'All hubs closed', type: 'closure', startDate: '2026-10-09', endDate: '2026-10-09', hubs: [] },
]
const termDates = termDatesLookup(entries)

const session = (over: Partial<TimetableSession> = {}): TimetableSession => ({
  id: 1,
  hub: 'birchwood',
  venue: 'birchwood-hall',
  freq: 'weekly',
  interval: 1,
  days: ['MO'],
  firstDate: '2026-01-05',
  opensAt: '10:00',
  closesAt: '11:30',
  ...over,
})

const between = (s: TimetableSession, from: string, to: string) => occurrences(s, { from, to }, termDates)
const datesOf = (list: { date: string }[]) => list.map((o) => o.date)

describe('occurrences of a session series', () => {
  it('keeps 10:00 at 10:00 in London across the March clock change, so the UTC instant moves', () => {
    const list = between(session(), '2026-03-23', '2026-03-30')
    expect(list.map((o) => [o.date, o.opensAt, o.start, o.end])).toEqual([
      ['2026-03-23', '10:00', '2026-03-23T10:00:00.000Z', '2026-03-23T11:30:00.000Z'],
      ['2026-03-30', '10:00', '2026-03-30T09:00:00.000Z', '2026-03-30T10:30:00.000Z'],
    ])
    // A Sunday session on the day itself: the clocks went forward at 01:00 UTC.
    expect(between(session({ days: ['SU'] }), '2026-03-29', '2026-03-29')[0]!.start).toBe('2026-03-29T09:00:00.000Z')
  })

  it('keeps 10:00 at 10:00 across the October clock change', () => {
    const list = between(session(), '2026-10-19', '2026-10-26')
    expect(list.map((o) => o.start)).toEqual(['2026-10-19T09:00:00.000Z', '2026-10-26T10:00:00.000Z'])
    expect(between(session({ days: ['SU'] }), '2026-10-25', '2026-10-25')[0]!.start).toBe('2026-10-25T10:00:00.000Z')
  })

  it('reads the hour that happens twice as the first one, and the hour that never happens as after the gap', () => {
    expect(londonIso('2026-10-25', '01:30')).toBe('2026-10-25T00:30:00.000Z') // 01:30 BST, not 01:30 GMT
    expect(londonIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00.000Z') // shown as 02:30 BST
    expect(londonIso('2026-03-29', '00:30')).toBe('2026-03-29T00:30:00.000Z')
    expect(londonIso('2026-03-29', '02:00')).toBe('2026-03-29T01:00:00.000Z')
  })

  it('runs a fortnightly series across the new year without losing its fortnight', () => {
    // 2026 has 53 ISO weeks: a rule counting week numbers would slip here.
    const fortnightly = session({ interval: 2, days: ['TH'], firstDate: '2026-12-03' })
    expect(datesOf(between(fortnightly, '2026-12-01', '2027-01-31'))).toEqual([
      '2026-12-03',
      '2026-12-17',
      '2026-12-31',
      '2027-01-14',
      '2027-01-28',
    ])
  })

  it('runs on the 5th Friday only in the months that have one', () => {
    const fifth = session({ freq: 'monthly', days: ['FR'], weeksOfMonth: ['5'], firstDate: '2026-01-01' })
    expect(datesOf(between(fifth, '2026-01-01', '2026-12-31'))).toEqual([
      '2026-01-30',
      '2026-05-29',
      '2026-07-31',
      '2026-10-30',
    ])
  })

  it('runs on the last Friday of every month, whether it is the 4th or the 5th', () => {
    const last = session({ freq: 'monthly', days: ['FR'], weeksOfMonth: ['-1'], firstDate: '2026-01-01' })
    expect(datesOf(between(last, '2026-01-01', '2026-06-30'))).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
      '2026-06-26',
    ])
  })

  it('runs a term-time session from the first to the last day of each term, and not in half term', () => {
    const termTime = session({ days: ['TH', 'FR'], termTime: 'term-time' })
    const dates = datesOf(between(termTime, '2026-09-01', '2026-11-06'))
    expect(dates[0]).toBe('2026-09-03') // the first day of term, a Thursday
    expect(dates).toContain('2026-10-23') // the last day of the first half, a Friday
    expect(dates).not.toContain('2026-10-29') // half term
    expect(dates).toContain('2026-11-05')
    expect(dates.filter((d) => d > '2026-10-23' && d < '2026-11-02')).toEqual([])
  })

  it('runs a school-holidays session only in the holidays, and promises nothing beyond the term dates entered', () => {
    const holidays = session({ days: ['TH', 'FR'], termTime: 'school-holidays' })
    expect(datesOf(between(holidays, '2026-09-01', '2026-11-06'))).toEqual(['2026-10-29', '2026-10-30'])
    // Term dates are entered up to 18 December: after that neither rule can say.
    expect(between(holidays, '2026-12-19', '2027-01-31')).toEqual([])
    expect(between(session({ days: ['TH', 'FR'], termTime: 'term-time' }), '2026-12-19', '2027-01-31')).toEqual([])
  })

  it('cancels a Monday session on a bank holiday Monday, with the holiday as the reason, unless it runs on bank holidays', () => {
    const [bankHoliday] = between(session(), '2026-05-25', '2026-05-25')
    expect(bankHoliday).toMatchObject({
      date: '2026-05-25',
      status: 'cancelled',
      cancelledBy: 'bank-holiday',
      reason: 'Bank holiday (Spring bank holiday)',
    })
    expect(between(session({ runsOnBankHolidays: true }), '2026-05-25', '2026-05-25')[0]!.status).toBe('on')
  })

  it('lists a cancellation on a date that is also a bank holiday once, with the reason staff gave', () => {
    const s = session({ exceptions: [{ date: '2026-05-25', kind: 'cancelled', reason: 'Hall in use for voting' }] })
    const list = between(s, '2026-05-18', '2026-06-01')
    expect(list.map((o) => [o.date, o.status, o.reason])).toEqual([
      ['2026-05-18', 'on', undefined],
      ['2026-05-25', 'cancelled', 'Hall in use for voting'],
      ['2026-06-01', 'on', undefined],
    ])
  })

  it('cancels sessions on the days their hub is closed, and only their hub', () => {
    const friday = (hub: string) => session({ hub, days: ['FR'] })
    expect(between(friday('birchwood'), '2026-03-06', '2026-03-06')[0]).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'closure',
      reason: 'Closed for a staff training day.',
    })
    expect(between(friday('padgate'), '2026-03-06', '2026-03-06')[0]!.status).toBe('on')
    // A closure of every hub, with no reason given, says its name.
    expect(between(friday('padgate'), '2026-10-09', '2026-10-09')[0]).toMatchObject({
      status: 'cancelled',
      reason: 'All hubs closed',
    })
  })

  it('shows a changed date with its new time and venue and what they replace', () => {
    const s = session({
      exceptions: [
        {
          date: '2026-03-09',
          kind: 'changed',
          opensAt: '13:00',
          closesAt: '14:30',
          venue: 'library',
          reason: 'In the library this week',
        },
      ],
    })
    const [changed] = between(s, '2026-03-09', '2026-03-09')
    expect(changed).toMatchObject({
      status: 'changed',
      opensAt: '13:00',
      closesAt: '14:30',
      start: '2026-03-09T13:00:00.000Z',
      venue: 'library',
      regular: { opensAt: '10:00', closesAt: '11:30', venue: 'birchwood-hall' },
      reason: 'In the library this week',
    })
  })

  it('adds a one-off extra date, and a session on 29 February in a leap year', () => {
    const s = session({
      days: ['TU'],
      firstDate: '2028-01-04',
      exceptions: [{ date: '2028-03-04', kind: 'extra', opensAt: '10:00', closesAt: '12:00', reason: 'Spring fair' }],
    })
    const list = between(s, '2028-02-27', '2028-03-07')
    expect(list.map((o) => [o.date, o.status, o.extra])).toEqual([
      ['2028-02-29', 'on', false],
      ['2028-03-04', 'on', true],
      ['2028-03-07', 'on', false],
    ])
    const lastTuesday = session({ freq: 'monthly', days: ['TU'], weeksOfMonth: ['-1'], firstDate: '2028-01-01' })
    expect(datesOf(between(lastTuesday, '2028-02-01', '2028-02-29'))).toEqual(['2028-02-29'])
  })

  it('lists many sessions in time order, earlier starts first', () => {
    const list = occurrences(
      [session({ id: 'late', opensAt: '13:00', closesAt: '14:00' }), session({ id: 'early', days: ['MO', 'TU'] })],
      { from: '2026-03-02', to: '2026-03-03' },
      termDates,
    )
    expect(list.map((o) => `${o.date} ${o.opensAt} ${o.session}`)).toEqual([
      '2026-03-02 10:00 early',
      '2026-03-02 13:00 late',
      '2026-03-03 10:00 early',
    ])
  })

  it('respects the first and last dates, and a range that ends before it starts is empty', () => {
    expect(
      datesOf(between(session({ firstDate: '2026-03-04', lastDate: '2026-03-23' }), '2026-03-01', '2026-03-31')),
    ).toEqual(['2026-03-09', '2026-03-16', '2026-03-23'])
    expect(between(session(), '2026-03-31', '2026-03-01')).toEqual([])
  })
})

describe('a session series that cannot run is refused with the field and the fix', () => {
  const valid = {
    service: 1,
    hub: 1,
    venue: 1,
    freq: 'weekly',
    interval: 1,
    days: ['TU'],
    firstDate: '2026-03-03',
    opensAt: '10:00',
    closesAt: '11:30',
  }
  const problems = (over: object) => {
    const result = sessionSchema.safeParse({ ...valid, ...over })
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }

  it('refuses a last date before the first date', () => {
    expect(problems({ lastDate: '2026-02-01' })).toEqual([
      'lastDate: Last date 2026-02-01 is before first date 2026-03-03. Enter a last date on or after the first date, or leave it empty if the session carries on.',
    ])
  })

  it('refuses first and last dates with no session day between them', () => {
    expect(problems({ firstDate: '2026-03-04', lastDate: '2026-03-09' })[0]).toMatch(
      /^lastDate: From 2026-03-04 to 2026-03-09 there is no date the session runs on \(every week on Tuesday\)/,
    )
  })

  it('refuses a date that does not exist', () => {
    expect(problems({ firstDate: '2027-02-29' })[0]).toMatch(/^firstDate: First date "2027-02-29" is not a date/)
  })

  it('refuses a cancellation on a date the session does not run', () => {
    expect(problems({ exceptions: [{ date: '2026-03-04', kind: 'cancelled', reason: 'Hall in use' }] })[0]).toMatch(
      /^exceptions\.0\.date: Cancelled date 2026-03-04 \(Wednesday 4 March 2026\) is not a date this session runs: it runs every week on Tuesday/,
    )
  })
})

describe('term dates with a year missing', () => {
  it('does not treat a missing school year as one long holiday', () => {
    const gappy = termDatesLookup([
      { name: 'Summer term 2026', type: 'term', startDate: '2026-06-01', endDate: '2026-07-21' },
      { name: 'Autumn term 2027', type: 'term', startDate: '2027-09-02', endDate: '2027-10-22' },
    ])
    expect(gappy.term('any', '2026-08-10')).toBe('unknown') // 13 months between terms: not a holiday we know of
    const summer = termDatesLookup([
      { name: 'Summer term 2026', type: 'term', startDate: '2026-06-01', endDate: '2026-07-21' },
      { name: 'Autumn term 2026', type: 'term', startDate: '2026-09-03', endDate: '2026-10-23' },
    ])
    expect(summer.term('any', '2026-08-10')).toBe('holiday')
    expect(summer.term('any', '2026-07-21')).toBe('term')
    expect(summer.term('any', '2026-10-24')).toBe('unknown')
  })
})
