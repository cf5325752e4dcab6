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

/** "0.4 miles", "1 mile", "12 miles". */
export const formatMiles = (miles: number): string => {
  if (miles < 10) {
    const rounded = Math.round(miles * 10) / 10
    return `${rounded} ${rounded === 1 ? 'mile' : 'miles'}`
  }
  return `${Math.round(miles)} miles`
}

const outcodePattern = /^([A-Z]{1,2}[0-9][0-9A-Z]?)$/
const fullPattern = /^([A-Z]{1,2}[0-9][0-9A-Z]?) ?([0-9][A-Z]{2})$/

export type PostcodeQuery = { kind: 'postcode'; postcode: string; outcode: string } | { kind: 'outcode'; outcode: string } | { kind: 'invalid'; text: string }

/** What a parent typed: a full postcode ("wa5 1ab" → WA5 1AB), an outcode ("wa5" → WA5), or neither. */
export const readPostcode = (text: string): PostcodeQuery => {
  const compact = text.replace(/\s+/g, '').toUpperCase()
  const full = fullPattern.exec(compact)
  if (full) return { kind: 'postcode', postcode: `${full[1]!} ${full[2]!}`, outcode: full[1]! }
  if (outcodePattern.test(compact)) return { kind: 'outcode', outcode: compact }
  return { kind: 'invalid', text: text.trim() }
}

/** Postcode lookups: exact postcodes and outcode centres. */
export interface PostcodeLookup {
  postcodes: Record<string, [number, number]>
  outcodes: Record<string, [number, number]>
}

export type Located = { found: true; point: Point; label: string; approximate: boolean } | { found: false; message: string }

/** Find a postcode: exactly if it is known, else by its outcode's centre; a clear message otherwise. */
export const locatePostcode = (text: string, lookup: PostcodeLookup): Located => {
  const query = readPostcode(text)
  if (query.kind === 'invalid')
    return { found: false, message: query.text ? `"${query.text}" is not a postcode. Enter a postcode like WA5 1AB, or the first part, like WA5.` : 'Enter a postcode, like WA5 1AB.' }
  const at = (pair: [number, number]): Point => ({ latitude: pair[0], longitude: pair[1] })
  if (query.kind === 'postcode') {
    const exact = lookup.postcodes[query.postcode]
    if (exact) return { found: true, point: at(exact), label: query.postcode, approximate: false }
    const area = lookup.outcodes[query.outcode]
    if (area) return { found: true, point: at(area), label: query.postcode, approximate: true }
    return { found: false, message: `We could not find ${query.postcode}. Check it, or use your location.` }
  }
  const area = lookup.outcodes[query.outcode]
  return area ? { found: true, point: at(area), label: query.outcode, approximate: true } : { found: false, message: `We could not find ${query.outcode}. Check it, or use your location.` }
}

/** Things ordered by distance from a point, nearest first, with the distance. */
export const byDistance = <T extends Point>(items: readonly T[], from: Point): (T & { miles: number })[] =>
  items.map((item) => ({ ...item, miles: milesBetween(from, item) })).sort((a, b) => a.miles - b.miles)
