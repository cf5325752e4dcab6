import { describe, expect, it } from 'vitest'
import { addMonths, freshnessOf, checkEveryMonthsSchema } from './freshness.ts'

describe('when a review falls due', () => {
  it('adds months, keeping the day of the month', () => {
    expect(addMonths('2026-03-03', 6)).toBe('2026-09-03')
    expect(addMonths('2026-09-15', 6)).toBe('2027-03-15')
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01')
    expect(addMonths('2026-01-31', 12)).toBe('2027-01-31')
    expect(addMonths('2026-07-10', 24)).toBe('2028-07-10')
  })

  it('clamps to the last day of a shorter month: 31 August + 6 months is the end of February', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29') // 2028 is a leap year
    expect(addMonths('2026-03-31', 6)).toBe('2026-09-30')
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30')
  })

  it('handles 29 February in leap years and after', () => {
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28')
    expect(addMonths('2028-02-29', 6)).toBe('2028-08-29')
    expect(addMonths('2027-08-29', 6)).toBe('2028-02-29')
    expect(addMonths('2099-08-31', 6)).toBe('2100-02-28') // 2100 is not a leap year
    expect(addMonths('2399-08-31', 6)).toBe('2400-02-29') // 2400 is
  })
})

describe('freshness of a service or timetable', () => {
  it('is never checked without a last checked date', () => {
    expect(freshnessOf(undefined, 6, '2027-02-10')).toEqual({ state: 'never-checked' })
    expect(freshnessOf(null, 6, '2027-02-10')).toEqual({ state: 'never-checked' })
    expect(freshnessOf('', 6, '2027-02-10')).toEqual({ state: 'never-checked' })
  })

  it('is fresh until 14 days before the due date, then due, up to and including the due date', () => {
    // Reviewed 3 March 2026 every 6 months: due 3 September 2026.
    expect(freshnessOf('2026-03-03', 6, '2026-08-19')).toEqual({ state: 'fresh', dueOn: '2026-09-03' })
    expect(freshnessOf('2026-03-03', 6, '2026-08-20')).toEqual({ state: 'due', dueOn: '2026-09-03' })
    expect(freshnessOf('2026-03-03', 6, '2026-09-03')).toEqual({ state: 'due', dueOn: '2026-09-03' })
  })

  it('is overdue from the day after the due date', () => {
    expect(freshnessOf('2026-03-03', 6, '2026-09-04')).toEqual({ state: 'overdue', dueOn: '2026-09-03' })
    expect(freshnessOf('2025-03-03', 6, '2027-02-10')).toEqual({ state: 'overdue', dueOn: '2025-09-03' })
  })

  it('takes the due-soon window as a parameter', () => {
    expect(freshnessOf('2026-03-03', 6, '2026-08-27', 7)).toEqual({ state: 'due', dueOn: '2026-09-03' })
    expect(freshnessOf('2026-03-03', 6, '2026-08-26', 7)).toEqual({ state: 'fresh', dueOn: '2026-09-03' })
    expect(freshnessOf('2026-03-03', 6, '2026-09-02', 0)).toEqual({ state: 'fresh', dueOn: '2026-09-03' })
    expect(freshnessOf('2026-03-03', 6, '2026-09-03', 0)).toEqual({ state: 'due', dueOn: '2026-09-03' })
  })

  it('uses the record’s own interval, 6 months when it has none', () => {
    expect(freshnessOf('2026-03-03', 1, '2026-04-04')).toEqual({ state: 'overdue', dueOn: '2026-04-03' })
    expect(freshnessOf('2026-03-03', 12, '2026-09-04')).toEqual({ state: 'fresh', dueOn: '2027-03-03' })
    expect(freshnessOf('2026-03-03', null, '2026-09-04')).toEqual({ state: 'overdue', dueOn: '2026-09-03' })
    expect(freshnessOf('2026-03-03', undefined, '2026-09-01')).toEqual({ state: 'due', dueOn: '2026-09-03' })
  })

  it('reads a stored date as its London day, across the clocks changing', () => {
    expect(freshnessOf('2026-03-03T12:00:00.000Z', 6, '2026-09-04')).toEqual({ state: 'overdue', dueOn: '2026-09-03' })
    // Picked as midnight on 2 June in summer time, stored as 23:00 UTC on 1 June.
    expect(freshnessOf('2026-06-01T23:00:00.000Z', 6, '2026-12-01')).toEqual({ state: 'due', dueOn: '2026-12-02' })
    expect(freshnessOf('2026-06-01T23:00:00.000Z', 6, '2026-12-02')).toEqual({ state: 'due', dueOn: '2026-12-02' })
    expect(freshnessOf('2026-06-01T23:00:00.000Z', 6, '2026-12-03')).toEqual({ state: 'overdue', dueOn: '2026-12-02' })
  })

  it('month ends: reviewed 31 August, due at the end of February', () => {
    expect(freshnessOf('2026-08-31', 6, '2027-02-28')).toEqual({ state: 'due', dueOn: '2027-02-28' })
    expect(freshnessOf('2026-08-31', 6, '2027-03-01')).toEqual({ state: 'overdue', dueOn: '2027-02-28' })
    expect(freshnessOf('2027-08-31', 6, '2028-02-29')).toEqual({ state: 'due', dueOn: '2028-02-29' })
    expect(freshnessOf('2027-08-31', 6, '2028-03-01')).toEqual({ state: 'overdue', dueOn: '2028-02-29' })
  })
})

describe('the review interval staff enter', () => {
  it('defaults to 6 months and accepts whole months from 1 to 24', () => {
    expect(checkEveryMonthsSchema.parse(undefined)).toBe(6)
    expect(checkEveryMonthsSchema.parse(null)).toBe(6)
    expect(checkEveryMonthsSchema.parse(12)).toBe(12)
    expect(checkEveryMonthsSchema.safeParse(0).success).toBe(false)
    expect(checkEveryMonthsSchema.safeParse(25).success).toBe(false)
    expect(checkEveryMonthsSchema.safeParse(2.5).error?.issues[0]?.message).toBe(
      'Check every 2.5 months is not allowed. Enter a whole number of months from 1 to 24 (6 is usual).',
    )
  })
})
