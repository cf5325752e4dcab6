import { describe, expect, it } from 'vitest'
import { interpretQuery } from '../../shared/search-query.ts'
import { locate, nearestPlaces } from './where.ts'
import { emptyState } from './state.ts'

const home = { latitude: 53.3935, longitude: -2.6405 }

describe('where a search is from', () => {
  it('is the parent’s location, when they gave it', async () => {
    expect(await locate({ ...emptyState(), near: home, where: 'WA1' }, interpretQuery('near WA5', []))).toEqual({
      point: home,
      label: 'your location',
    })
  })

  it('is nowhere when no place is asked for', async () => {
    expect(await locate(emptyState(), interpretQuery('stay and play', []))).toEqual({})
  })

  it('says what to do when what was typed is no postcode (nothing is fetched for it)', async () => {
    expect(await locate({ ...emptyState(), where: 'not a postcode' }, interpretQuery('', []))).toEqual({
      error: '"not a postcode" is not a postcode. Enter a postcode like WA5 1AB, or the first part, like WA5.',
    })
  })
})

describe('the places near a point', () => {
  it('are those within the distance, from every area, nearest first', () => {
    const places = nearestPlaces(
      [
        { area: 'WA', places: ['53.4152,-2.5282', '53.3935,-2.6405', '53.9,-2.6'] },
        { area: 'CH', places: ['53.39,-2.65'] },
      ],
      home,
      10,
    )
    expect(places.map((p) => [p.area, p.at])).toEqual([
      ['WA', '53.3935,-2.6405'],
      ['CH', '53.39,-2.65'],
      ['WA', '53.4152,-2.5282'],
    ])
    expect(places[0]!.miles).toBe(0)
    expect(places[2]!.miles).toBeGreaterThan(4)
    expect(places[2]!.miles).toBeLessThan(6)
  })

  it('are none when nothing is within the distance', () => {
    expect(nearestPlaces([{ area: 'WA', places: ['53.9,-2.6'] }], home, 5)).toEqual([])
  })
})
