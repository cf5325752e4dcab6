import { describe, expect, it } from 'vitest'
import { addDays, formatLongDate, isPlainDate, toPlainDate, weekdayIndex } from './plain-date.ts'

describe('plain dates in Europe/London', () => {
  it('reads a stored instant as the London date it was picked on', () => {
    // Picked as midnight on 2 June in summer time: stored as 23:00 UTC on 1 June.
    expect(toPlainDate('2026-06-01T23:00:00.000Z')).toBe('2026-06-02')
    // Picked as midnight on 2 December in winter: stored as midnight UTC.
    expect(toPlainDate('2026-12-02T00:00:00.000Z')).toBe('2026-12-02')
    expect(toPlainDate('2026-03-29T12:00:00.000Z')).toBe('2026-03-29') // the day the clocks go forward
    expect(toPlainDate('2026-10-25T00:30:00.000Z')).toBe('2026-10-25') // 01:30 BST, the day the clocks go back
    expect(toPlainDate('2026-03-03')).toBe('2026-03-03')
    expect(toPlainDate('2026-02-30')).toBeUndefined()
    expect(toPlainDate('not a date')).toBeUndefined()
  })

  it('does date arithmetic without time zones', () => {
    expect(isPlainDate('2028-02-29')).toBe(true)
    expect(isPlainDate('2027-02-29')).toBe(false)
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(weekdayIndex('2026-03-02')).toBe(0) // Monday
    expect(weekdayIndex('2026-03-08')).toBe(6) // Sunday
    expect(formatLongDate('2026-03-03')).toBe('Tuesday 3 March 2026')
  })
})
