import { describe, expect, it } from 'vitest'
import { byDistance, formatMiles, locatePostcode, milesBetween, readPostcode } from '../../schemas/distance.ts'

const lookup = {
  postcodes: { 'WA5 1AB': [53.392, -2.63] as [number, number] },
  outcodes: { WA5: [53.39, -2.64] as [number, number], WA3: [53.47, -2.54] as [number, number] },
}

describe('postcodes and distance', () => {
  it('reads postcodes and outcodes as people type them', () => {
    expect(readPostcode(' wa51ab ')).toEqual({ kind: 'postcode', postcode: 'WA5 1AB', outcode: 'WA5' })
    expect(readPostcode('wa5')).toEqual({ kind: 'outcode', outcode: 'WA5' })
    expect(readPostcode('SW1A 1AA')).toEqual({ kind: 'postcode', postcode: 'SW1A 1AA', outcode: 'SW1A' })
    expect(readPostcode('Warrington').kind).toBe('invalid')
  })
  it('finds a known postcode exactly, an unknown one in a known area by its outcode, and explains the rest', () => {
    expect(locatePostcode('wa5 1ab', lookup)).toEqual({ found: true, point: { latitude: 53.392, longitude: -2.63 }, label: 'WA5 1AB', approximate: false })
    expect(locatePostcode('WA5 9ZZ', lookup)).toMatchObject({ found: true, label: 'WA5 9ZZ', approximate: true, point: { latitude: 53.39 } })
    expect(locatePostcode('WA99 9ZZ', lookup)).toEqual({ found: false, message: 'We could not find WA99 9ZZ. Check it, or use your location.' })
    expect(locatePostcode('banana', lookup)).toEqual({ found: false, message: '"banana" is not a postcode. Enter a postcode like WA5 1AB, or the first part, like WA5.' })
  })
  it('measures miles along the earth', () => {
    // Warrington Bank Quay to Manchester Piccadilly: about 16 miles as the crow flies.
    expect(milesBetween({ latitude: 53.3925, longitude: -2.6025 }, { latitude: 53.4774, longitude: -2.2309 })).toBeCloseTo(16.3, 0)
    expect(milesBetween({ latitude: 53, longitude: -2 }, { latitude: 53, longitude: -2 })).toBe(0)
  })
  it('orders by distance and words it', () => {
    const near = byDistance([{ name: 'far', latitude: 53.47, longitude: -2.54 }, { name: 'near', latitude: 53.391, longitude: -2.64 }], { latitude: 53.39, longitude: -2.64 })
    expect(near.map((x) => x.name)).toEqual(['near', 'far'])
    expect(formatMiles(0.44)).toBe('0.4 miles')
    expect(formatMiles(1)).toBe('1 mile')
    expect(formatMiles(12.6)).toBe('13 miles')
  })
})
