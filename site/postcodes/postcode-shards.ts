/**
 * The site's postcode files, /postcodes/<OUTCODE>.json, for a build: the ONSPD import's files
 * when there is one (`npm run postcodes:import`), else the demo extract site/postcodes/onspd-demo.csv
 * imported with the same code; then every venue's own postcode added where the files lack it, so
 * that a parent can always find a venue by its postcode.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readPostcode } from '../../core/places/distance.ts'
import type { LatLon, PostcodeShard } from '../shared/postcode-lookup.ts'
import { forEachLimit } from '../../core/files/for-each-limit.ts'
import { shardFileName } from '../shared/postcode-lookup.ts'
import {
  defaultPostcodesDir,
  importPostcodeCsv,
  round4,
  shardOf,
  type ShardsIndex,
  writeShardsIndex,
} from './postcodes-import.ts'

export interface SiteShardsOptions {
  /** Where the files go: the site's /postcodes/ folder. Replaced. */
  outDir: string
  /** An ONSPD import (a folder with index.json); default `${DATA_DIR:-data}/postcodes`. */
  importedDir?: string
  /** The extract to import when there is no import: site/postcodes/onspd-demo.csv. */
  demoCsv: string
  venues: readonly { postcode: string; latitude: number; longitude: number }[]
}

export interface SiteShardsResult {
  outcodes: number
  postcodes: number
  /** The CSV file the files came from ("ONSPD_FEB_2025_UK.csv", "onspd-demo.csv"). */
  source: string
}

const readJson = async <T>(file: string): Promise<T | undefined> => {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Write the postcode files of a site build into `outDir`; see the module comment. */
export const writeSiteShards = async ({
  outDir,
  importedDir = defaultPostcodesDir(),
  demoCsv,
  venues,
}: SiteShardsOptions): Promise<SiteShardsResult> => {
  const imported = await readJson<ShardsIndex>(path.join(importedDir, 'index.json'))
  if (imported) {
    // File by file, 32 at a time: for the 3,210 files of a national-sized import, several times faster here than fs.cp of the folder.
    await rm(outDir, { recursive: true, force: true })
    await mkdir(outDir, { recursive: true })
    const names = (await readdir(importedDir)).filter((name) => name.endsWith('.json'))
    await forEachLimit(names, 32, (name) => copyFile(path.join(importedDir, name), path.join(outDir, name)))
  } else {
    await importPostcodeCsv(demoCsv, { outDir })
  }
  const index = (await readJson<ShardsIndex>(path.join(outDir, 'index.json')))!

  // The venues' postcodes, by outcode; ONSPD's position wins where it has the postcode.
  const wanted = new Map<string, Map<string, LatLon>>()
  for (const venue of venues) {
    const query = readPostcode(venue.postcode)
    if (query.kind !== 'postcode') continue
    const inwards = wanted.get(query.outcode) ?? new Map<string, LatLon>()
    const inward = query.postcode.slice(query.outcode.length + 1)
    if (!inwards.has(inward)) inwards.set(inward, [round4(venue.latitude), round4(venue.longitude)])
    wanted.set(query.outcode, inwards)
  }
  let [addedOutcodes, addedPostcodes] = [0, 0]
  await forEachLimit(wanted, 16, async ([outcode, inwards]) => {
    const file = path.join(outDir, shardFileName(outcode))
    const shard = await readJson<PostcodeShard>(file)
    if (!shard) {
      addedOutcodes += 1
      addedPostcodes += inwards.size
      await writeFile(file, JSON.stringify(shardOf(outcode, Object.fromEntries(inwards))))
      return
    }
    const missing = [...inwards].filter(([inward]) => !(inward in shard.postcodes))
    if (missing.length === 0) return
    addedPostcodes += missing.length
    // The centre stays ONSPD's: a few venues should not move an outcode's centre.
    await writeFile(
      file,
      JSON.stringify({
        ...shardOf(outcode, { ...shard.postcodes, ...Object.fromEntries(missing) }),
        centre: shard.centre,
      }),
    )
  })
  const result = {
    outcodes: index.outcodes + addedOutcodes,
    postcodes: index.postcodes + addedPostcodes,
    source: index.source,
  }
  if (addedPostcodes > 0)
    await writeShardsIndex(outDir, { ...index, outcodes: result.outcodes, postcodes: result.postcodes })
  return result
}
