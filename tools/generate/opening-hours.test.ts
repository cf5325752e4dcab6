import { describe, expect, it } from 'vitest'
import { minutesOf } from '../../core/records/fields.ts'
import { openingHoursOf } from './opening-hours.ts'
import { seededRandom } from './random.ts'

const seeds = Array.from({ length: 200 }, (_, i) => i + 1)

describe('a generated hub’s opening hours', () => {
  it('are a family hub’s working week: 08:45, to 16:30 on Friday, late one day at most, Saturday sometimes', () => {
    let late = 0
    let saturdays = 0
    for (const seed of seeds) {
      const rows = openingHoursOf(seededRandom(seed), 'family-hub')
      const days = rows.map((row) => row.day)
      expect(days.slice(0, 5)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR'])
      expect(rows.slice(0, 5).every((row) => row.opensAt === '08:45')).toBe(true)
      expect(rows[4]!.closesAt).toBe('16:30')
      const lateRows = rows.filter((row) => row.closesAt === '19:30')
      expect(lateRows.length).toBeLessThanOrEqual(1)
      for (const row of lateRows) {
        expect(['TU', 'WE', 'TH']).toContain(row.day)
        expect(row.note).toBeTruthy()
      }
      late += lateRows.length
      if (days.length === 6) {
        expect(rows[5]).toEqual({ day: 'SA', opensAt: '09:30', closesAt: '12:00', note: expect.any(String) })
        saturdays++
      } else expect(days).toHaveLength(5)
    }
    expect(late).toBeGreaterThan(0)
    expect(saturdays).toBeGreaterThan(0)
    expect(saturdays).toBeLessThan(seeds.length)
  })

  it('open at 09:00 on weekdays at a child and family centre', () => {
    for (const seed of seeds.slice(0, 20)) {
      const weekdays = openingHoursOf(seededRandom(seed), 'child-and-family-centre').slice(0, 5)
      expect(weekdays.map((row) => row.opensAt)).toEqual(['09:00', '09:00', '09:00', '09:00', '09:00'])
    }
  })

  it('are a few days, a morning or an afternoon each, at a zone (3 to 5 days) and an outreach point (1 to 4)', () => {
    for (const [type, fewest, most] of [
      ['zone', 3, 5],
      ['outreach', 1, 4],
    ] as const)
      for (const seed of seeds) {
        const rows = openingHoursOf(seededRandom(seed), type)
        expect(rows.length).toBeGreaterThanOrEqual(fewest)
        expect(rows.length).toBeLessThanOrEqual(most)
        const order = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA']
        expect(rows.map((row) => order.indexOf(row.day))).toEqual(
          [...new Set(rows.map((row) => order.indexOf(row.day)))].sort(),
        )
        for (const row of rows) {
          expect(['09:30', '10:00', '13:00', '13:30']).toContain(row.opensAt)
          const hours = (minutesOf(row.closesAt) - minutesOf(row.opensAt)) / 60
          expect([1.5, 2, 2.5, 3]).toContain(hours)
          if (type === 'outreach') expect([null, 'Term time only']).toContain(row.note)
          else expect(row.note).toBe(row.day === 'SA' ? 'Library staff only' : null)
        }
      }
  })
})
