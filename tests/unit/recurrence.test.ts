import { describe, expect, it } from 'vitest'
import { describeRecurrence, ruleRunsOn, weeksOfMonthOf, type RecurrenceRule } from '../../schemas/recurrence.ts'

const weekly = (over: Partial<RecurrenceRule> = {}): RecurrenceRule => ({ freq: 'weekly', interval: 1, days: ['TU'], firstDate: '2026-01-06', ...over })

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

  it('knows which weeks of the month a date is in', () => {
    expect(weeksOfMonthOf('2026-03-03')).toEqual(['1'])
    expect(weeksOfMonthOf('2026-03-31')).toEqual(['-1'])
    expect(weeksOfMonthOf('2026-02-27')).toEqual(['4', '-1'])
  })

  it('describes the pattern in plain words', () => {
    expect(describeRecurrence(weekly())).toBe('Every Tuesday')
    expect(describeRecurrence(weekly({ interval: 2, days: ['TH', 'MO'] }))).toBe('Every other Monday and Thursday')
    expect(describeRecurrence(weekly({ freq: 'monthly', weeksOfMonth: ['2', '4'] }))).toBe('2nd and 4th Tuesday of the month')
    expect(describeRecurrence(weekly({ freq: 'monthly', days: ['FR'], weeksOfMonth: ['-1'], interval: 2 }))).toBe('Last Friday of every other month')
  })
})
