/**
 * Where a postcode is, found in the browser from the site's own files: one small JSON file per
 * outcode, /postcodes/<OUTCODE>.json, fetched only when a parent asks for a place in it. No
 * geocoder is called and no postcode or position leaves the browser except as that file's name.
 *
 * The files come from the ONS Postcode Directory (`npm run postcodes:import`, site/postcodes/postcodes-import.ts)
 * or, without an import, from the demo extract site/postcodes/onspd-demo.csv (site/postcodes/postcode-shards.ts).
 */
// Plain TypeScript for the browser: nothing from zod or core/records/fields.ts.
import { readPostcode, type Point } from '../../core/places/distance.ts'

/** A position as [latitude, longitude], rounded to 4 decimals (about 10 m). */
export type LatLon = [number, number]

/** One outcode's file: `{"outcode":"WA5","centre":[53.3951,-2.6392],"postcodes":{"1EZ":[53.3935,-2.6405]}}`. */
export interface PostcodeShard {
  outcode: string
  /** The mean position of the outcode's postcodes in the file. */
  centre: LatLon
  /** Inward code ("1EZ" of "WA5 1EZ") → position. */
  postcodes: Record<string, LatLon>
}

export type Located =
  { found: true; point: Point; label: string; approximate: boolean } | { found: false; message: string }

const at = ([latitude, longitude]: LatLon): Point => ({ latitude, longitude })

/**
 * Find what a parent typed: a full postcode exactly if its outcode's file has it, else at its
 * outcode's centre (approximate); an outcode at its centre; a message saying what to do otherwise.
 */
export const findPostcode = async (
  text: string,
  loadShard: (outcode: string) => Promise<PostcodeShard | null>,
): Promise<Located> => {
  const query = readPostcode(text)
  if (query.kind === 'invalid')
    return {
      found: false,
      message: query.text
        ? `"${query.text}" is not a postcode. Enter a postcode like WA5 1AB, or the first part, like WA5.`
        : 'Enter a postcode, like WA5 1AB.',
    }
  const shard = await loadShard(query.outcode)
  if (query.kind === 'postcode') {
    if (!shard) return { found: false, message: `We could not find ${query.postcode}. Check it, or use your location.` }
    const exact = shard.postcodes[query.postcode.slice(query.outcode.length + 1)]
    return exact
      ? { found: true, point: at(exact), label: query.postcode, approximate: false }
      : { found: true, point: at(shard.centre), label: query.postcode, approximate: true }
  }
  return shard
    ? { found: true, point: at(shard.centre), label: query.outcode, approximate: true }
    : { found: false, message: `We could not find ${query.outcode}. Check it, or use your location.` }
}

const shards = new Map<string, Promise<PostcodeShard | null>>()

/**
 * The file of one outcode from this site, /postcodes/<OUTCODE>.json: null when there is none (404),
 * an error for any other failure. Kept in memory per outcode; a failed fetch is tried again next time.
 */
export const fetchShard = (outcode: string): Promise<PostcodeShard | null> => {
  const key = outcode.toUpperCase()
  let pending = shards.get(key)
  if (!pending) {
    pending = (async () => {
      const response = await fetch(`/postcodes/${encodeURIComponent(key)}.json`)
      if (response.status === 404) return null
      if (!response.ok) throw new Error(`Could not load the postcodes of ${key} (HTTP ${response.status}).`)
      return (await response.json()) as PostcodeShard
    })()
    shards.set(key, pending)
    pending.catch(() => shards.delete(key))
  }
  return pending
}

/** A shard's file name: the outcode in capitals, no spaces ("WA5.json", "EC1A.json"). */
export const shardFileName = (outcode: string): string => `${outcode.replace(/\s+/g, '').toUpperCase()}.json`
