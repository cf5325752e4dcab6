import { describe, expect, it } from 'vitest'
import {
  describeRecurrence,
  formatByday,
  parseByday,
  recurrenceOf,
  recurrenceSchema,
  ruleRunsOn,
  type SessionPattern,
} from './recurrence.ts'

const weekly = (over: Partial<SessionPattern> = {}) =>
  recurrenceOf({ freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-01-06', ...over })

describe('when a session series runs', () => {
  it('runs every Tuesday from its first date, and not before or after its last date', () => {
    expect(ruleRunsOn(weekly(), '2026-01-06')).toBe(true)
    expect(ruleRunsOn(weekly(), '2026-03-03')).toBe(true)
    expect(ruleRunsOn(weekly(), '2026-03-04')).toBe(false) // a Wednesday
    expect(ruleRunsOn(weekly(), '2025-12-30')).toBe(false) // before the first date
    expect(ruleRunsOn(weekly({ lastDate: '2026-02-24' }), '2026-03-03')).toBe(false)
    expect(ruleRunsOn(weekly({ lastDate: '2026-03-03' }), '2026-03-03')).toBe(true)
  })

  it('runs fortnightly in the weeks counted from its first date, across the clock change', () => {
    const fortnightly = weekly({ interval: 2, days: ['MO', 'TH'], firstDate: '2026-03-16' })
    expect(ruleRunsOn(fortnightly, '2026-03-16')).toBe(true)
    expect(ruleRunsOn(fortnightly, '2026-03-19')).toBe(true)
    expect(ruleRunsOn(fortnightly, '2026-03-23')).toBe(false)
    expect(ruleRunsOn(fortnightly, '2026-03-30')).toBe(true) // the Monday after the clocks go forward
    expect(ruleRunsOn(fortnightly, '2026-10-26')).toBe(true) // the Monday after the clocks go back
    expect(ruleRunsOn(fortnightly, '2026-11-02')).toBe(false)
  })

  it('runs on the 2nd Tuesday and the last Friday of the month', () => {
    const second = weekly({ freq: 'monthly', weeksOfMonth: ['2'], firstDate: '2026-01-13' })
    expect(ruleRunsOn(second, '2026-03-10')).toBe(true)
    expect(ruleRunsOn(second, '2026-03-03')).toBe(false)
    expect(ruleRunsOn(second, '2026-03-17')).toBe(false)
    const last = weekly({ freq: 'monthly', days: ['FR'], weeksOfMonth: ['-1'], firstDate: '2026-01-30' })
    expect(ruleRunsOn(last, '2026-02-27')).toBe(true)
    expect(ruleRunsOn(last, '2026-05-29')).toBe(true)
    expect(ruleRunsOn(last, '2026-05-22')).toBe(false)
    const otherMonths = { ...second, interval: 2 }
    expect(ruleRunsOn(otherMonths, '2026-03-10')).toBe(true)
    expect(ruleRunsOn(otherMonths, '2026-04-14')).toBe(false)
  })

  it('runs on a 5th weekday only in months that have one', () => {
    const fifth = weekly({ freq: 'monthly', days: ['TU'], weeksOfMonth: ['5'], firstDate: '2026-01-01' })
    expect(ruleRunsOn(fifth, '2026-03-31')).toBe(true) // March 2026 has five Tuesdays
    expect(['2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24'].some((d) => ruleRunsOn(fifth, d))).toBe(false) // February has four
    const fourthAndLast = weekly({ freq: 'monthly', days: ['FR'], weeksOfMonth: ['4', '-1'], firstDate: '2026-01-01' })
    expect(ruleRunsOn(fourthAndLast, '2026-02-27')).toBe(true) // both the 4th and the last: once
    expect(ruleRunsOn(fourthAndLast, '2026-01-23')).toBe(true) // the 4th
    expect(ruleRunsOn(fourthAndLast, '2026-01-30')).toBe(true) // the last (5th)
  })

  it('reads and writes BYDAY as Open Referral and RFC 5545 do', () => {
    expect(parseByday('2TU,-1fr, MO')).toEqual({
      byday: [{ day: 'TU', ordinal: 2 }, { day: 'FR', ordinal: -1 }, { day: 'MO' }],
    })
    expect(parseByday('2XX')).toEqual({ error: '2XX' })
    expect(formatByday(weekly({ freq: 'monthly', days: ['TU', 'FR'], weeksOfMonth: ['2', '-1'] }).byday)).toBe(
      '2TU,-1TU,2FR,-1FR',
    )
  })

  it('refuses a recurrence it cannot run, naming the field and the fix', () => {
    const result = recurrenceSchema.safeParse({
      freq: 'MONTHLY',
      interval: 1,
      byday: 'TU',
      dtstart: '2026-03-03',
      until: '2026-02-01',
    })
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(messages).toContainEqual(expect.stringMatching(/^byday: .*monthly session needs the week of the month.*2TU/))
    expect(messages).toContainEqual(
      expect.stringMatching(/^until: Last date 2026-02-01 is before first date 2026-03-03/),
    )
    expect(
      recurrenceSchema.safeParse({ freq: 'WEEKLY', byday: 'TU,ZZ', dtstart: '2026-03-03' }).error!.issues[0]!.message,
    ).toMatch(/"ZZ" is not a day/)
    expect(recurrenceSchema.parse({ freq: 'MONTHLY', byday: '2TU,-1FR', dtstart: '2026-03-03' }).byday).toHaveLength(2)
  })

  it('describes the pattern in plain words', () => {
    expect(describeRecurrence(weekly())).toBe('Every week on Tuesday')
    expect(describeRecurrence(weekly({ interval: 2, days: ['TH', 'MO'] }))).toBe(
      'Every 2 weeks on Monday and Thursday from 8 January 2026',
    ) // the first such day on or after Tuesday 6 January
    expect(describeRecurrence(weekly({ freq: 'monthly', weeksOfMonth: ['2'] }))).toBe('Monthly on the 2nd Tuesday')
    expect(describeRecurrence(weekly({ freq: 'monthly', weeksOfMonth: ['-1', '2', '4'] }))).toBe(
      'Monthly on the 2nd, 4th and last Tuesday',
    )
    expect(describeRecurrence(weekly({ freq: 'monthly', days: ['FR'], weeksOfMonth: ['-1'], interval: 2 }))).toBe(
      'Every 2 months on the last Friday',
    )
    expect(describeRecurrence(weekly({ freq: 'monthly', days: ['TU', 'TH'], weeksOfMonth: ['1'] }))).toBe(
      'Monthly on the 1st Tuesday and Thursday',
    )
  })
})
