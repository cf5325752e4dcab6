/** Where generated venues are: points around an area's centre, and postcodes in its outcode. */
import type { Random } from './random.ts'
import { inwardLetters, type Area } from './templates/places.ts'

/** Round to 4 decimal places (about 10 m), as the demo venues are. */
const round4 = (n: number): number => Math.round(n * 1e4) / 1e4

/** A point within `km` of a centre, uniform over the disc. */
export const jitter = (r: Random, latitude: number, longitude: number, km: number) => {
  const distance = km * Math.sqrt(r.next())
  const angle = 2 * Math.PI * r.next()
  return {
    latitude: round4(latitude + (distance * Math.cos(angle)) / 111.2),
    longitude: round4(longitude + (distance * Math.sin(angle)) / (111.2 * Math.cos((latitude * Math.PI) / 180))),
  }
}

/**
 * Postcodes in an area's outcode: the inward part a digit and two of the letters Royal Mail uses there.
 * Each is one not given before, unless 22 tries find none (then it is shared, as postcodes are).
 */
export const postcodeMaker = (r: Random): ((area: Area) => string) => {
  const used = new Set<string>()
  return (area) => {
    for (let attempt = 0; ; attempt++) {
      const code = `${area.outcode} ${r.int(0, 9)}${r.pick(inwardLetters)}${r.pick(inwardLetters)}`
      if (!used.has(code) || attempt > 20) {
        used.add(code)
        return code
      }
    }
  }
}
