import { describe, expect, it } from 'vitest'
import { shiftDays } from './sessions.ts'

describe('moving a session series to other days', () => {
  it('moves weekdays within Monday to Friday, wrapping round from Friday to Monday', () => {
    expect(shiftDays(['MO'], 1)).toEqual(['TU'])
    expect(shiftDays(['FR'], 1)).toEqual(['MO'])
    expect(shiftDays(['TH'], 4)).toEqual(['WE'])
    expect(shiftDays(['MO', 'WE'], 4)).toEqual(['TU', 'FR'])
  })

  it('leaves the days as they are for no move, and weekend series where they are', () => {
    const days = ['TU', 'TH'] as const
    const same = shiftDays(days, 0)
    expect(same).toEqual(['TU', 'TH'])
    expect(same).not.toBe(days)
    expect(shiftDays(['SA'], 2)).toEqual(['SA'])
    expect(shiftDays(['FR', 'SA'], 3)).toEqual(['FR', 'SA'])
  })
})
