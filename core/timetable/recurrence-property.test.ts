/**
 * The recurrence part of our occurrences, compared with an independent RFC 5545 implementation
 * (rrule, after Python's dateutil) over thousands of randomly generated schedules: weekly and
 * monthly, intervals 1 to 4, any days, ordinals 1st to 5th and last, any first and last dates.
 * The RRULE text comes from our Open Referral model (formatByday), so this also checks that what
 * we would publish means what we run.
 */
import fc from 'fast-check'
import { type RRule, rrulestr } from 'rrule'
import { describe, expect, it } from 'vitest'
import { addDays } from '../dates/plain-date.ts'
import { occurrences, type TimetableSession } from './occurrences.ts'
import { formatByday, recurrenceOf } from './recurrence.ts'
import { termDatesLookup } from './term-dates.ts'
import { weekdays, weeksOfMonth } from '../records/vocabulary.ts'

const noCalendar = termDatesLookup([])

const dateArb = fc.integer({ min: 0, max: 365 * 5 }).map((n) => addDays('2024-01-01', n))

const sessionArb: fc.Arbitrary<TimetableSession> = fc
  .record({
    freq: fc.constantFrom('weekly' as const, 'monthly' as const),
    interval: fc.integer({ min: 1, max: 4 }),
    days: fc.subarray([...weekdays], { minLength: 1 }),
    weeksOfMonth: fc.subarray([...weeksOfMonth], { minLength: 1 }),
    firstDate: dateArb,
    length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  })
  .map(({ length, ...s }) => ({
    ...s,
    lastDate: length === undefined ? undefined : addDays(s.firstDate, length),
    hub: 1,
    venue: 1,
    opensAt: '10:00',
    closesAt: '11:00',
    runsOnBankHolidays: true,
  }))

const compact = (date: string) => date.replaceAll('-', '')

/** The same series as RFC 5545 text, read back by rrule; dates as floating UTC days. */
const rruleDates = (session: TimetableSession, from: string, to: string): string[] => {
  const r = recurrenceOf(session)
  const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`, `BYDAY=${formatByday(r.byday)}`, 'WKST=MO']
  if (r.until) parts.push(`UNTIL=${compact(r.until)}T235959Z`)
  const rule = rrulestr(`DTSTART:${compact(r.dtstart)}T100000Z\nRRULE:${parts.join(';')}`) as RRule
  const start = new Date(`${from}T00:00:00Z`)
  const end = new Date(`${to}T23:59:59Z`)
  return rule.between(start, end, true).map((d) => d.toISOString().slice(0, 10))
}

describe('recurrence agrees with an independent RRULE implementation', () => {
  it('gives the same dates as rrule for random schedules over 18 months', () => {
    fc.assert(
      fc.property(sessionArb, dateArb, (session, from) => {
        const to = addDays(from, 548)
        const ours = occurrences(session, { from, to }, noCalendar).map((o) => o.date)
        expect(ours).toEqual(rruleDates(session, from, to))
      }),
      { numRuns: 1500 },
    )
  })

  it('has a generator that reaches the hard cases', () => {
    // Guard against a generator that never produces what the comparison is for.
    const samples = fc.sample(sessionArb, 3000)
    expect(samples.some((s) => s.freq === 'monthly' && s.weeksOfMonth?.includes('5'))).toBe(true)
    expect(samples.some((s) => s.freq === 'monthly' && s.weeksOfMonth?.includes('-1') && (s.interval ?? 1) > 1)).toBe(
      true,
    )
    expect(samples.some((s) => s.freq === 'weekly' && s.interval === 2 && (s.days?.length ?? 0) > 1)).toBe(true)
    expect(samples.some((s) => s.lastDate !== undefined && s.lastDate === s.firstDate)).toBe(true)
  })
})
