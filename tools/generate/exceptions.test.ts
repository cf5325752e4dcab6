import { describe, expect, it } from 'vitest'
import { weekdayIndex } from '../../core/dates/plain-date.ts'
import { minutesOf } from '../../core/records/fields.ts'
import { exceptionsOf, type ExceptionSession } from './exceptions.ts'
import { placeHubs } from './hubs.ts'
import { seededRandom } from './random.ts'
import { addOtherVenues, makeVenues } from './venues.ts'

/** A hub with a few venues, as the generator makes them. */
const venuesOfAHub = () => {
  const r = seededRandom(1)
  const venues = makeVenues(r)
  const hubs = placeHubs(r, 1, venues)
  addOtherVenues(r, hubs, venues, 6)
  return hubs[0]!.venues
}

/** Every Monday from September 2026, 10:00 to 11:30. */
const mondays = (venue: ExceptionSession['venue'], lastDate?: string): ExceptionSession => ({
  pattern: { freq: 'weekly', interval: 1, days: ['MO'], weeksOfMonth: [], firstDate: '2026-09-07', lastDate },
  venue,
  opens: 600,
  closes: 690,
})

describe('dated exceptions to a generated session series', () => {
  it('are for about one series in ten, in date order, in the window, one per date, on the right days', () => {
    const venues = venuesOfAHub()
    const venue = venues[0]!
    const r = seededRandom(2)
    const lists = Array.from({ length: 3000 }, () => exceptionsOf(r, mondays(venue)))
    const withAny = lists.filter((l) => l.length > 0)
    expect(withAny.length / lists.length).toBeGreaterThan(0.07)
    expect(withAny.length / lists.length).toBeLessThan(0.12)
    const kinds = new Set(withAny.flat().map((e) => e.kind))
    expect(kinds).toEqual(new Set(['cancelled', 'changed', 'extra']))
    for (const list of withAny) {
      const dates = list.map((e) => String(e.date).slice(0, 10))
      expect([...dates].sort()).toEqual(dates)
      expect(new Set(dates).size).toBe(dates.length)
      for (const [i, e] of list.entries()) {
        const date = dates[i]!
        expect(date >= '2026-12-01' && date <= '2027-06-30').toBe(true)
        expect(e.reason).toBeTruthy()
        const monday = weekdayIndex(date) === 0
        if (e.kind === 'extra')
          expect({ monday, opensAt: e.opensAt, closesAt: e.closesAt }).toEqual({
            monday: false,
            opensAt: '10:00',
            closesAt: '11:30',
          })
        else expect(monday).toBe(true)
        if (e.kind === 'changed' && e.venue) {
          expect(venues.map((v) => v.id)).toContain(e.venue)
          expect(e.venue).not.toBe(venue.id)
          expect([e.opensAt, e.closesAt]).toEqual([null, null])
        } else if (e.kind === 'changed') {
          const [opens, closes] = [minutesOf(String(e.opensAt)), minutesOf(String(e.closesAt))]
          expect([-30, 30, 60]).toContain(opens - 600)
          expect(closes - opens).toBe(90)
        }
      }
    }
  })

  it('are none for a series that ends before the window', () => {
    const venue = venuesOfAHub()[0]!
    const r = seededRandom(3)
    for (let i = 0; i < 500; i++) expect(exceptionsOf(r, mondays(venue, '2026-11-30'))).toEqual([])
  })
})
