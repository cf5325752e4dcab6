import { describe, expect, it } from 'vitest'
import { weekOf, weekWords } from './week.ts'

describe('weekOf: the Monday-to-Sunday week of a date', () => {
  it.each([
    ['2026-12-07', '2026-12-07', '2026-12-13'], // a Monday
    ['2026-12-09', '2026-12-07', '2026-12-13'], // a Wednesday
    ['2026-12-13', '2026-12-07', '2026-12-13'], // a Sunday belongs to the week before it, not after
    ['2027-01-01', '2026-12-28', '2027-01-03'], // across the new year
    ['2027-03-28', '2027-03-22', '2027-03-28'], // the Sunday the clocks go forward
  ])('%s is in the week %s to %s', (date, from, to) => {
    const week = weekOf(date)
    expect(week.from).toBe(from)
    expect(week.to).toBe(to)
    expect(week.dates).toHaveLength(7)
    expect(week.dates[0]).toBe(from)
    expect(week.dates).toContain(date)
  })
})

describe('weekWords', () => {
  it('names the month once when the week is in one month', () => {
    expect(weekWords(weekOf('2026-12-09'))).toBe('Monday 7 to Sunday 13 December 2026')
  })
  it('names both months when it crosses one', () => {
    expect(weekWords(weekOf('2026-12-02'))).toBe('Monday 30 November to Sunday 6 December 2026')
  })
  it('names both years when it crosses the new year', () => {
    expect(weekWords(weekOf('2027-01-01'))).toBe('Monday 28 December 2026 to Sunday 3 January 2027')
  })
})
