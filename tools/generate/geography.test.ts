import { describe, expect, it } from 'vitest'
import { jitter, postcodeMaker } from './geography.ts'
import { seededRandom } from './random.ts'
import { areas } from './templates/places.ts'

/** Distance in km on a sphere of the Earth's mean radius. */
const kmBetween = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

describe('where generated venues are', () => {
  it('puts points within the distance of the centre (to about 10 m), rounded to 4 decimal places', () => {
    const r = seededRandom(1)
    const centre = { latitude: 53.392, longitude: -2.64 }
    const distances: number[] = []
    for (let i = 0; i < 2000; i++) {
      const at = jitter(r, centre.latitude, centre.longitude, 2)
      expect(Math.round(at.latitude * 1e4) / 1e4).toBe(at.latitude)
      expect(Math.round(at.longitude * 1e4) / 1e4).toBe(at.longitude)
      distances.push(kmBetween(centre, at))
    }
    expect(Math.max(...distances)).toBeLessThan(2.02)
    // Uniform over the disc: a quarter of the points within half the distance.
    const inner = distances.filter((d) => d < 1).length / distances.length
    expect(inner).toBeGreaterThan(0.2)
    expect(inner).toBeLessThan(0.3)
  })

  it('makes postcodes in the area’s outcode, with a valid inward code, a new one each time', () => {
    const newPostcode = postcodeMaker(seededRandom(1))
    const codes = areas.flatMap((area) => Array.from({ length: 100 }, () => newPostcode(area)))
    for (const [i, code] of codes.entries()) {
      expect(code.startsWith(`${areas[Math.floor(i / 100)]!.outcode} `)).toBe(true)
      expect(code).toMatch(/^[A-Z]{1,2}\d{1,2} \d[ABDEFGHJLNPQRSTUWXYZ]{2}$/)
    }
    expect(new Set(codes).size).toBe(codes.length)
  })
})
