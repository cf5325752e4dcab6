import { describe, expect, it } from 'vitest'
import { boxesWithin, formatMiles, milesBetween, milesToBox, placesWithin, readPostcode, type Box } from './distance.ts'

const greatSankey = { latitude: 53.3935, longitude: -2.6405 } // WA5 1EZ

describe('postcodes and distance', () => {
  it('reads postcodes and outcodes as people type them', () => {
    expect(readPostcode(' wa51ab ')).toEqual({ kind: 'postcode', postcode: 'WA5 1AB', outcode: 'WA5' })
    expect(readPostcode('wa5')).toEqual({ kind: 'outcode', outcode: 'WA5' })
    expect(readPostcode('SW1A 1AA')).toEqual({ kind: 'postcode', postcode: 'SW1A 1AA', outcode: 'SW1A' })
    expect(readPostcode('M1 1AE')).toEqual({ kind: 'postcode', postcode: 'M1 1AE', outcode: 'M1' })
    expect(readPostcode('Warrington').kind).toBe('invalid')
    expect(readPostcode('WA5 1A').kind).toBe('invalid')
    expect(readPostcode('').kind).toBe('invalid')
  })
  it('measures miles along the earth', () => {
    // Warrington Bank Quay to Manchester Piccadilly: about 16 miles as the crow flies.
    expect(
      milesBetween({ latitude: 53.3925, longitude: -2.6025 }, { latitude: 53.4774, longitude: -2.2309 }),
    ).toBeCloseTo(16.3, 0)
    expect(milesBetween({ latitude: 53, longitude: -2 }, { latitude: 53, longitude: -2 })).toBe(0)
  })
  it('words distances', () => {
    expect(formatMiles(0)).toBe('less than 0.1 miles')
    expect(formatMiles(0.06)).toBe('0.1 miles')
    expect(formatMiles(0.44)).toBe('0.4 miles')
    expect(formatMiles(1)).toBe('1 mile')
    expect(formatMiles(9.96)).toBe('10 miles')
    expect(formatMiles(12.6)).toBe('13 miles')
  })
})

describe('radius', () => {
  const places = ['53.4152,-2.5282', '53.3935,-2.6405', '53.4005,-2.6075', '53.3698,-2.5812', 'not a place']
  it('keeps the places within the distance, nearest first, with the distance', () => {
    const within2 = placesWithin(places, greatSankey, 2)
    expect(within2.map((p) => p.at)).toEqual(['53.3935,-2.6405', '53.4005,-2.6075'])
    expect(within2[0]!.miles).toBe(0)
    expect(within2[1]!.miles).toBeCloseTo(1.44, 1)
    // Birchwood (WA3) is about 4.9 miles from Great Sankey: in at 5 miles, out at 2.
    expect(placesWithin(places, greatSankey, 2).map((p) => p.at)).not.toContain('53.4152,-2.5282')
    expect(placesWithin(places, greatSankey, 5).map((p) => p.at)).toContain('53.4152,-2.5282')
    expect(placesWithin(places, greatSankey, 20)).toHaveLength(4)
    expect(placesWithin([], greatSankey, 20)).toEqual([])
  })
  it('a place exactly on the edge counts as within', () => {
    const edge = placesWithin(['53.4152,-2.5282'], greatSankey, 100)[0]!.miles
    expect(placesWithin(['53.4152,-2.5282'], greatSankey, edge)).toHaveLength(1)
  })
  it('finds the postcode areas whose places may be near enough', () => {
    const boxes: Record<string, Box> = {
      WA: [53.35, -2.7, 53.47, -2.47],
      M: [53.42, -2.3, 53.52, -2.15],
      CH: [53.1, -3.1, 53.3, -2.8],
    }
    expect(milesToBox(greatSankey, boxes.WA!)).toBe(0)
    expect(boxesWithin(boxes, greatSankey, 1)).toEqual(['WA'])
    expect(boxesWithin(boxes, greatSankey, 20).sort()).toEqual(['CH', 'M', 'WA'])
    expect(boxesWithin(boxes, greatSankey, 10).sort()).toEqual(
      ['CH', 'WA'].filter((a) => milesToBox(greatSankey, boxes[a]!) <= 10),
    )
  })
})
