import { describe, expect, it } from 'vitest'
import { toStoredDate } from '../dates/plain-date.ts'
import { occurrenceLine, occurrenceStatus } from './occurrence-words.ts'
import { timetablePreview } from './preview.ts'

/** The calendar as the CMS stores it: dates at midday UTC. */
const stored = (
  name: string,
  type: string,
  startDate: string,
  endDate = startDate,
  more: Record<string, unknown> = {},
) => ({
  id: name,
  name,
  type,
  startDate: toStoredDate(startDate),
  endDate: toStoredDate(endDate),
  ...more,
})

const termDates = [
  stored('Autumn term 2026 (first half)', 'term', '2026-09-03', '2026-10-23'),
  stored('Autumn term 2026 (second half)', 'term', '2026-11-02', '2026-12-18'),
  stored('Spring term 2027 (first half)', 'term', '2027-01-04', '2027-02-12'),
  stored('Spring term 2027 (second half)', 'term', '2027-02-22', '2027-03-25'),
  stored('Summer term 2027 (first half)', 'term', '2027-04-12', '2027-05-28'),
  stored('Summer term 2027 (second half)', 'term', '2027-06-07', '2027-07-23'),
  stored('Christmas Day', 'bank-holiday', '2026-12-25'),
  stored('Boxing Day (substitute day)', 'bank-holiday', '2026-12-28'),
  stored('Birchwood training day', 'closure', '2026-12-01', '2026-12-01', {
    hubs: [1],
    reason: 'Closed for staff training.',
  }),
]

/** A session as the editor holds it: stored dates, ids as numbers. */
const editor = (over: Record<string, unknown> = {}) => ({
  service: 7,
  hub: 1,
  venue: 3,
  freq: 'weekly',
  interval: 1,
  days: ['TU'],
  firstDate: toStoredDate('2025-09-09'),
  lastDate: null,
  opensAt: '10:00',
  closesAt: '11:30',
  termTime: 'all-year',
  runsOnBankHolidays: false,
  exceptions: [],
  ...over,
})

const today = '2026-11-22'
const lines = (preview: ReturnType<typeof timetablePreview>) =>
  preview.dates.map((o) => `${occurrenceLine(o)}: ${occurrenceStatus(o)}`)

describe('the session editor’s preview', () => {
  it('says the timetable in plain English: pattern and times, dates, term rule and bank holidays', () => {
    const preview = timetablePreview(editor(), termDates, { today })
    expect(preview.summary).toEqual([
      'Every week on Tuesday, 10:00 to 11:30',
      'From 9 September 2025, with no end date',
      'All year, in term time and school holidays',
      'Not on bank holidays',
    ])
    expect(preview.problems).toEqual([])
  })

  it('shows the next 8 dates from today, with their times', () => {
    const preview = timetablePreview(editor(), termDates, { today })
    expect(preview.dates).toHaveLength(8)
    expect(lines(preview).slice(0, 2)).toEqual([
      'Tuesday 24 November 2026, 10:00 to 11:30: On',
      'Tuesday 1 December 2026, 10:00 to 11:30: Cancelled: Closed for staff training.',
    ])
    expect(preview.dates.at(-1)!.date).toBe('2027-01-12')
  })

  it('shows a cancelled date as cancelled, with the reason parents will see', () => {
    const preview = timetablePreview(
      editor({
        exceptions: [
          { id: 'row1', date: toStoredDate('2026-12-08'), kind: 'cancelled', reason: 'Hall in use for voting' },
        ],
      }),
      termDates,
      { today },
    )
    const cancelled = preview.dates.find((o) => o.date === '2026-12-08')!
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'exception', reason: 'Hall in use for voting' })
    expect(occurrenceStatus(cancelled)).toBe('Cancelled: Hall in use for voting')
  })

  it('shows a changed date with what changed, and a bank holiday as cancelled', () => {
    const preview = timetablePreview(
      editor({
        days: ['MO'],
        exceptions: [
          {
            date: toStoredDate('2026-12-07'),
            kind: 'changed',
            opensAt: '13:00',
            closesAt: '14:30',
            venue: 4,
            reason: 'In the library this week',
          },
        ],
      }),
      termDates,
      { today },
    )
    const venues: Record<string, string> = { 3: 'Birchwood Family Hub', 4: 'Birchwood Library' }
    const status = (date: string) =>
      occurrenceStatus(
        preview.dates.find((o) => o.date === date)!,
        (id) => venues[String(id)] ?? String(id),
      )
    expect(status('2026-12-07')).toBe(
      'Changed: 13:00 to 14:30 instead of 10:00 to 11:30, at Birchwood Library instead of Birchwood Family Hub. In the library this week',
    )
    expect(status('2026-12-28')).toBe('Cancelled: Bank holiday (Boxing Day (substitute day))')
  })

  it('skips half term for a term-time session, and says it is term time only', () => {
    const preview = timetablePreview(editor({ termTime: 'term-time' }), termDates, { today: '2026-10-01' })
    expect(preview.summary).toContain('Term time only')
    expect(preview.dates.map((o) => o.date)).toEqual([
      '2026-10-06',
      '2026-10-13',
      '2026-10-20',
      '2026-11-03',
      '2026-11-10',
      '2026-11-17',
      '2026-11-24',
      '2026-12-01',
    ])
  })

  it('says when a cancellation falls in half term, where a term-time session does not run anyway', () => {
    const halfTerm = { id: 'row1', date: toStoredDate('2026-10-27'), kind: 'cancelled', reason: 'Hall in use' }
    const preview = timetablePreview(editor({ termTime: 'term-time', exceptions: [halfTerm] }), termDates, {
      today: '2026-10-01',
    })
    expect(preview.summary).toContain(
      'The cancellation on Tuesday 27 October 2026 is in the school holidays, when this session does not run anyway',
    )
    expect(preview.dates.map((o) => o.date)).not.toContain('2026-10-27')
    const allYear = timetablePreview(editor({ exceptions: [halfTerm] }), termDates, { today: '2026-10-01' })
    expect(allYear.summary.join('\n')).not.toMatch(/does not run anyway/)
  })

  it('warns when the term dates entered run out within the year, so term-time dates would stop', () => {
    const preview = timetablePreview(editor({ termTime: 'term-time' }), termDates, { today })
    expect(preview.summary).toContain(
      "Term dates are only entered up to 23 July 2027: add next year's terms to Term dates and closures so term-time dates carry on",
    )
    // A note for staff, after the words parents are also told.
    expect(preview.notes).toEqual([
      "Term dates are only entered up to 23 July 2027: add next year's terms to Term dates and closures so term-time dates carry on",
    ])
    expect(preview.words.terms).toBe('Term time only')
    expect(preview.summary.at(-1)).toBe(preview.notes[0])
    // An all-year session does not depend on them; a course that ends before they run out does not either.
    expect(timetablePreview(editor(), termDates, { today }).summary.join('\n')).not.toMatch(/Term dates/)
    expect(
      timetablePreview(editor({ termTime: 'term-time', lastDate: toStoredDate('2027-03-23') }), termDates, {
        today,
      }).summary.join('\n'),
    ).not.toMatch(/Term dates/)
  })

  it('warns when no term dates are entered at all, and shows no dates it cannot promise', () => {
    const preview = timetablePreview(
      editor({ termTime: 'school-holidays' }),
      termDates.filter((e) => e.type !== 'term'),
      { today },
    )
    expect(preview.summary).toContain(
      'No school term dates are entered in Term dates and closures: add the terms so school-holiday dates can be shown',
    )
    expect(preview.dates).toEqual([])
  })

  it('gives the same problems a save would, and no dates, for a closing time before the opening time', () => {
    const preview = timetablePreview(editor({ opensAt: '10:00', closesAt: '09:30' }), termDates, { today })
    expect(preview.problems).toEqual([
      {
        field: 'closesAt',
        message: 'Closing time 09:30 is not after opening time 10:00. Enter a closing time after the opening time.',
      },
    ])
    expect(preview.dates).toEqual([])
  })

  it('gives the last-date problem as staff type a last date before the first date', () => {
    const preview = timetablePreview(
      editor({ firstDate: toStoredDate('2026-03-03'), lastDate: toStoredDate('2026-02-24') }),
      termDates,
      { today },
    )
    expect(preview.problems).toEqual([
      {
        field: 'lastDate',
        message:
          'Last date 2026-02-24 is before first date 2026-03-03. Enter a last date on or after the first date, or leave it empty if the session carries on.',
      },
    ])
    expect(preview.dates).toEqual([])
  })

  it('does not crash on half-filled or nonsense input, and says what is missing', () => {
    for (const input of [
      undefined,
      null,
      'Tuesday',
      42,
      [],
      {},
      { freq: 'sometimes', days: 'TU', firstDate: 'soon', exceptions: 'none' },
    ]) {
      const preview = timetablePreview(input, termDates, { today })
      expect(preview.dates).toEqual([])
      expect(preview.problems.length).toBeGreaterThan(0)
    }
    const fresh = timetablePreview({ freq: 'weekly', interval: 1, termTime: 'all-year', days: ['WE'] }, termDates, {
      today,
    })
    expect(fresh.problems.map((p) => p.field)).toEqual(['service', 'hub', 'venue', 'firstDate', 'opensAt', 'closesAt'])
    expect(fresh.problems[0]!.message).toBe('Service is required: choose the service this session belongs to.')
  })

  it('keeps showing dates while a new one-off change is half filled in, and names its problem', () => {
    const preview = timetablePreview(
      editor({
        exceptions: [
          { date: toStoredDate('2026-12-08'), kind: 'cancelled', reason: 'Hall in use for voting' },
          { date: null, kind: 'cancelled' },
        ],
      }),
      termDates,
      { today },
    )
    expect(preview.problems).toEqual([
      { field: 'exceptions.1.date', message: 'Exception date is required, like 2026-03-03.' },
    ])
    expect(preview.dates.find((o) => o.date === '2026-12-08')!.status).toBe('cancelled')
  })

  it('accepts ids as strings, as MongoDB gives them', () => {
    const preview = timetablePreview(editor({ service: 'a1', hub: '1', venue: 'v3' }), termDates, { today })
    expect(preview.problems).toEqual([])
    expect(preview.dates[1]).toMatchObject({
      date: '2026-12-01',
      status: 'cancelled',
      reason: 'Closed for staff training.',
    })
  })

  it('says when a series has ended, and shows fewer dates when there are fewer', () => {
    const ended = timetablePreview(editor({ lastDate: toStoredDate('2026-10-27') }), termDates, { today })
    expect(ended.summary).toContain('Ended on 27 October 2026: there are no more dates')
    expect(ended.dates).toEqual([])
    const course = timetablePreview(
      editor({ firstDate: toStoredDate('2027-01-11'), lastDate: toStoredDate('2027-01-25'), days: ['MO'] }),
      termDates,
      { today, count: 8 },
    )
    expect(course.summary).toContain('From 11 January 2027 to 25 January 2027')
    expect(course.dates.map((o) => o.date)).toEqual(['2027-01-11', '2027-01-18', '2027-01-25'])
  })

  it('describes monthly and fortnightly patterns with the words the public timetable uses', () => {
    expect(timetablePreview(editor({ freq: 'monthly', weeksOfMonth: ['2'] }), termDates, { today }).summary[0]).toBe(
      'Monthly on the 2nd Tuesday, 10:00 to 11:30',
    )
    expect(
      timetablePreview(editor({ interval: 2, days: ['MO'], firstDate: toStoredDate('2026-01-05') }), termDates, {
        today,
      }).summary[0],
    ).toBe('Every 2 weeks on Monday from 5 January 2026, 10:00 to 11:30')
  })
})
