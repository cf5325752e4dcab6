/**
 * Where the parent is, and the places near them, worked out in the browser: a postcode is looked up
 * in the site's /postcodes/<outcode>.json files (site/shared/postcode-lookup.ts), and the places of
 * each postcode area near enough come from /places/<area>.json. Nothing about where the parent is
 * leaves the browser but those files' names.
 */
import { boxesWithin, placesWithin, type Point } from '../../../core/places/distance.ts'
import { fetchShard, findPostcode } from '../../shared/postcode-lookup.ts'
import type { SearchConfig } from '../../shared/search-facets.ts'
import type { Interpretation } from '../../shared/search-query.ts'
import { POSTCODE_LOOKUP_FAILED, YOUR_LOCATION } from './messages.ts'
import type { PlaceIn } from './query.ts'
import type { SearchState } from './state.ts'

/** Where to search from: a point and what to call it, or why there is none (no place asked for is neither). */
export interface Located {
  point?: Point
  label?: string
  error?: string
}

/** The place a search asks for: the parent's location, the postcode typed in "Near", or one in the words. */
export const locate = async (state: SearchState, meaning: Interpretation): Promise<Located> => {
  if (state.near) return { point: state.near, label: YOUR_LOCATION }
  const where = state.where ?? meaning.where
  if (!where) return {}
  try {
    const found = await findPostcode(where, fetchShard)
    return found.found ? { point: found.point, label: found.label } : { error: found.message }
  } catch {
    return { error: POSTCODE_LOOKUP_FAILED }
  }
}

/** A place things are at, with its distance. */
export interface NearbyPlace extends PlaceIn {
  miles: number
}

/** The places within a distance, nearest first, from each area's list of places (areas in order). */
export const nearestPlaces = (
  lists: readonly { area: string; places: readonly string[] }[],
  point: Point,
  miles: number,
): NearbyPlace[] =>
  lists
    .flatMap(({ area, places }) => placesWithin(places, point, miles).map((p) => ({ ...p, area })))
    .sort((a, b) => a.miles - b.miles)

const placeLists = new Map<string, Promise<string[]>>()

/** The places of one postcode area (none when the site has no file for it); fetched once. */
const placesOf = (area: string): Promise<string[]> => {
  let list = placeLists.get(area)
  if (!list) {
    list = fetch(`/places/${encodeURIComponent(area)}.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    placeLists.set(area, list)
  }
  return list
}

/** The postcode areas within a distance of a point, and their places within it, nearest first. */
export const placesNear = async (
  areas: SearchConfig['areas'],
  point: Point,
  miles: number,
): Promise<{ areas: string[]; places: NearbyPlace[] }> => {
  const near = boxesWithin(areas, point, miles)
  const lists = await Promise.all(near.map(async (area) => ({ area, places: await placesOf(area) })))
  return { areas: near, places: nearestPlaces(lists, point, miles) }
}
