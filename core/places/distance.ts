/**
 * Where a parent is and how far things are: postcodes and outcodes read the way people type
 * them, and the great-circle distance in miles. Pure, so the browser and the build agree.
 */
// Nothing from ./fields.ts: it brings zod (about 88 KB) into every page's browser bundle.

export interface Point {
  latitude: number
  longitude: number
}

const EARTH_RADIUS_MILES = 3958.8
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle (haversine) distance in miles. */
export const milesBetween = (a: Point, b: Point): number => {
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** "less than 0.1 miles", "0.4 miles", "1 mile", "12 miles". */
export const formatMiles = (miles: number): string => {
  if (miles < 0.05) return 'less than 0.1 miles'
  if (miles < 10) {
    const rounded = Math.round(miles * 10) / 10
    return `${rounded} ${rounded === 1 ? 'mile' : 'miles'}`
  }
  return `${Math.round(miles)} miles`
}

const outcodePattern = /^([A-Z]{1,2}[0-9][0-9A-Z]?)$/
const fullPattern = /^([A-Z]{1,2}[0-9][0-9A-Z]?) ?([0-9][A-Z]{2})$/

export type PostcodeQuery =
  | { kind: 'postcode'; postcode: string; outcode: string }
  | { kind: 'outcode'; outcode: string }
  | { kind: 'invalid'; text: string }

/** What a parent typed: a full postcode ("wa5 1ab" → WA5 1AB), an outcode ("wa5" → WA5), or neither. */
export const readPostcode = (text: string): PostcodeQuery => {
  const compact = text.replace(/\s+/g, '').toUpperCase()
  const full = fullPattern.exec(compact)
  if (full) return { kind: 'postcode', postcode: `${full[1]!} ${full[2]!}`, outcode: full[1]! }
  if (outcodePattern.test(compact)) return { kind: 'outcode', outcode: compact }
  return { kind: 'invalid', text: text.trim() }
}

/** A box of places: [south, west, north, east] in degrees. */
export type Box = [number, number, number, number]

/** The distance in miles from a point to the nearest edge of a box (0 inside it). */
export const milesToBox = (from: Point, [south, west, north, east]: Box): number =>
  milesBetween(from, {
    latitude: Math.min(Math.max(from.latitude, south), north),
    longitude: Math.min(Math.max(from.longitude, west), east),
  })

/** The keys of the boxes that reach within `miles` of a point ("WA", "CH": the postcode areas to look in). */
export const boxesWithin = (boxes: Record<string, Box>, from: Point, miles: number): string[] =>
  Object.entries(boxes)
    .filter(([, box]) => milesToBox(from, box) <= miles)
    .map(([k]) => k)

/** Places ("53.3935,-2.6405") within `miles` of a point, nearest first, with the distance. */
export const placesWithin = (places: readonly string[], from: Point, miles: number): { at: string; miles: number }[] =>
  places
    .map((at) => {
      const [latitude, longitude] = at.split(',').map(Number)
      return { at, miles: milesBetween(from, { latitude: latitude!, longitude: longitude! }) }
    })
    .filter((p) => Number.isFinite(p.miles) && p.miles <= miles)
    .sort((a, b) => a.miles - b.miles || a.at.localeCompare(b.at))
