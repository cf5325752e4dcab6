/**
 * Where things are, for "near me" in the browser: every family hub with its main venue's position,
 * and postcode lookups built from the venues' own postcodes (exact postcodes, and each outcode's
 * centre as the mean of its venues). Served as /places.json; no geocoder is ever called.
 */
import type { PostcodeLookup } from '../../schemas/distance.ts'
import { readPostcode } from '../../schemas/distance.ts'
import type { Directory } from './directory.ts'

export interface PlacesFile extends PostcodeLookup {
  hubs: { slug: string; name: string; locality: string; latitude: number; longitude: number }[]
}

const round = (n: number) => Math.round(n * 1e5) / 1e5

export const placesOf = (d: Directory): PlacesFile => {
  const postcodes: PlacesFile['postcodes'] = {}
  const sums = new Map<string, [number, number, number]>()
  for (const v of d.venues) {
    postcodes[v.postcode] = [round(v.latitude), round(v.longitude)]
    const query = readPostcode(v.postcode)
    if (query.kind !== 'postcode') continue
    const [lat, lon, n] = sums.get(query.outcode) ?? [0, 0, 0]
    sums.set(query.outcode, [lat + v.latitude, lon + v.longitude, n + 1])
  }
  const outcodes = Object.fromEntries([...sums].map(([outcode, [lat, lon, n]]) => [outcode, [round(lat / n), round(lon / n)] as [number, number]]))
  const hubs = d.hubs.flatMap((h) => {
    const venue = d.venue(h.mainVenue) ?? d.venuesOfHub(h.id)[0]
    return venue ? [{ slug: h.slug, name: h.name, locality: h.locality, latitude: venue.latitude, longitude: venue.longitude }] : []
  })
  return { hubs, postcodes, outcodes }
}
