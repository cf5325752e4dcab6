/**
 * The ONS Postcode Directory (ONSPD) as the site's postcode files: one JSON file per outcode,
 * `<dir>/<OUTCODE>.json`, and `<dir>/index.json` saying where they came from. The browser fetches
 * one outcode's file when a parent types a postcode (site/shared/postcode-lookup.ts).
 *
 * The pieces are plain functions (header → columns, CSV line → fields, row → postcode or the
 * reason it is skipped, postcodes → shards, shards → files); importPostcodeCsv streams a CSV
 * through them line by line, so the national file (about 1.5 GB, 2.7 million rows) needs only the
 * memory of the postcodes it keeps. The files are written into a temporary folder beside the
 * output folder and renamed into place when complete: a failed import leaves the old folder as it was.
 */
import { constants, createReadStream } from 'node:fs'
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { readPostcode } from '../../core/places/distance.ts'
import { forEachLimit } from '../../core/files/for-each-limit.ts'
import { shardFileName, type LatLon, type PostcodeShard } from '../shared/postcode-lookup.ts'

export const shardsFormat = 'family-hub-directory/postcodes'
export const shardsVersion = 1

/** `<dir>/index.json`. */
export interface ShardsIndex {
  format: typeof shardsFormat
  version: typeof shardsVersion
  /** The CSV file's name. */
  source: string
  importedAt: string
  outcodes: number
  postcodes: number
}

/** An error in what the person gave the importer (the file, an option): the message says what to fix. */
export class PostcodeImportError extends Error {
  override name = 'PostcodeImportError'
}

const projectRoot = path.resolve(import.meta.dirname, '../..')

/** Where imports go unless told: `${DATA_DIR:-data}/postcodes` from the project root. */
export const defaultPostcodesDir = (root: string = projectRoot): string =>
  path.resolve(root, process.env.DATA_DIR ?? 'data', 'postcodes')

/* ------------------------------------------------------------------ the header */

/** Where the columns the importer reads are, as indexes into a row's fields. */
export interface PostcodeColumns {
  /** Postcode columns in the order they are tried: pcds, then pcd, pcd2, pcd7, pcd8 (whichever are present). */
  postcode: number[]
  lat: number
  long: number
  doterm: number
  /** Present in ONSPD: 9 means the postcode has no grid reference. */
  osgrdind?: number
  /** Which fields of a row are read, up to the last of them (for parseCsvLine). */
  wanted: boolean[]
}

const postcodeColumnNames = ['pcds', 'pcd', 'pcd2', 'pcd7', 'pcd8']

/** The columns of a header row, matched case-insensitively; an error naming any that are missing. */
export const columnsOf = (header: readonly string[]): PostcodeColumns => {
  const names = header.map((name) =>
    name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  )
  const find = (name: string) => names.indexOf(name)
  const postcode = postcodeColumnNames.map(find).filter((i) => i >= 0)
  const [lat, long, doterm, osgrdind] = [find('lat'), find('long'), find('doterm'), find('osgrdind')]
  const missing = [
    ...(postcode.length === 0 ? ['pcds'] : []),
    ...(['lat', 'long', 'doterm'] as const).filter((_, i) => [lat, long, doterm][i]! < 0),
  ]
  if (missing.length > 0) {
    const quoted = missing.map((name) => `"${name}"`)
    const list = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`
    throw new PostcodeImportError(
      `The file has no ${list} column. ONSPD files have pcds, lat, long and doterm columns; is this the ONS Postcode Directory?`,
    )
  }
  const used = [...postcode, lat, long, doterm, ...(osgrdind >= 0 ? [osgrdind] : [])]
  const wanted = Array.from({ length: Math.max(...used) + 1 }, (_, i) => used.includes(i))
  return { postcode, lat, long, doterm, ...(osgrdind >= 0 ? { osgrdind } : {}), wanted }
}

/* ------------------------------------------------------------------ one line */

/**
 * The fields of one CSV line: commas separate fields; a field in double quotes may hold commas,
 * and "" inside it is one quote. A trailing carriage return is dropped. With `wanted`, only the
 * first `wanted.length` fields are read, and those not wanted are left empty without being
 * copied (most of a long ONSPD row is never looked at).
 */
export const parseCsvLine = (line: string, wanted?: readonly boolean[]): string[] => {
  const end = line.endsWith('\r') ? line.length - 1 : line.length
  const limit = wanted ? wanted.length : Infinity
  const fields: string[] = []
  let i = 0
  while (fields.length < limit) {
    const keep = !wanted || wanted[fields.length] === true
    let value = ''
    if (line.charCodeAt(i) === 34 /* " */) {
      let from = i + 1
      for (;;) {
        const quote = line.indexOf('"', from)
        if (quote === -1 || quote >= end) {
          // No closing quote: the rest of the line is the field.
          if (keep) value += line.slice(from, end)
          i = end
          break
        }
        if (line.charCodeAt(quote + 1) === 34) {
          if (keep) value += line.slice(from, quote + 1)
          from = quote + 2
          continue
        }
        if (keep) value += line.slice(from, quote)
        i = quote + 1
        break
      }
    }
    // Usually a comma straight after a closing quote; else look for one.
    const comma = line.charCodeAt(i) === 44 /* , */ ? i : line.indexOf(',', i)
    const stop = comma === -1 || comma >= end ? end : comma
    if (keep && stop > i) value += line.slice(i, stop)
    fields.push(value)
    if (stop === end) return fields
    i = stop + 1
  }
  return fields
}

/* ------------------------------------------------------------------ one row */

/** A postcode kept: "WA5 1EZ" as outcode WA5 and inward 1EZ, at a position rounded to 4 decimals. */
export interface PostcodeEntry {
  outcode: string
  inward: string
  latitude: number
  longitude: number
}

export type SkipReason = 'outside-areas' | 'terminated' | 'no-location' | 'unreadable-postcode'
export type RowOutcome = { kind: 'keep'; entry: PostcodeEntry } | { kind: 'skip'; reason: SkipReason }

export interface RowOptions {
  /** Keep only postcodes of these areas ("WA", "M"); all when absent. */
  areas?: ReadonlySet<string>
  /** Keep terminated postcodes too (ONSPD keeps them, with their date of termination). */
  includeTerminated?: boolean
}

export const round4 = (n: number): number => Math.round(n * 1e4) / 1e4

/** ONSPD's latitude for "no location". */
const noLatitude = 99.999999

const coordinate = (text: string | undefined, limit: number): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined
  const n = Number(text)
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined
}

/** The area of an outcode: its leading letters ("WA" of WA5, "M" of M1, "EC" of EC1A). */
export const areaOf = (outcode: string): string => /^[A-Z]*/.exec(outcode)![0]

/**
 * One row: the postcode to keep, or why not. The postcode is read from the first postcode column
 * that holds one (pcds, else pcd, pcd2, pcd7 or pcd8, as "OUTCODE INWARD"); then the row is
 * skipped if it is outside --areas, terminated (doterm not empty), or has no location (osgrdind
 * 9, latitude 99.999999, or coordinates that are not numbers), in that order.
 */
export const readRow = (fields: readonly string[], columns: PostcodeColumns, options: RowOptions = {}): RowOutcome => {
  let outcode: string | undefined
  let postcode: string | undefined
  for (const index of columns.postcode) {
    const value = fields[index]
    if (!value || value.trim() === '') continue
    const query = readPostcode(value)
    if (query.kind !== 'postcode') continue
    ;({ outcode, postcode } = query)
    break
  }
  if (!outcode || !postcode) return { kind: 'skip', reason: 'unreadable-postcode' }
  if (options.areas && !options.areas.has(areaOf(outcode))) return { kind: 'skip', reason: 'outside-areas' }
  if (!options.includeTerminated && (fields[columns.doterm] ?? '').trim() !== '')
    return { kind: 'skip', reason: 'terminated' }
  if (columns.osgrdind !== undefined && (fields[columns.osgrdind] ?? '').trim() === '9')
    return { kind: 'skip', reason: 'no-location' }
  const latitude = coordinate(fields[columns.lat], 90)
  const longitude = coordinate(fields[columns.long], 180)
  if (latitude === undefined || longitude === undefined || latitude === noLatitude)
    return { kind: 'skip', reason: 'no-location' }
  return {
    kind: 'keep',
    entry: {
      outcode,
      inward: postcode.slice(outcode.length + 1),
      latitude: round4(latitude),
      longitude: round4(longitude),
    },
  }
}

/** `--areas WA,CH,M` → the areas; an error naming any that are not one or two letters. */
export const parseAreas = (text: string): Set<string> => {
  const areas = text
    .split(/[\s,]+/)
    .map((a) => a.trim().toUpperCase())
    .filter(Boolean)
  const wrong = areas.filter((a) => !/^[A-Z]{1,2}$/.test(a))
  if (wrong.length > 0)
    throw new PostcodeImportError(
      `--areas: ${wrong.map((a) => `"${a}"`).join(', ')} ${wrong.length === 1 ? 'is not an area' : 'are not areas'}. An area is the one or two letters a postcode starts with, like WA, CH or M.`,
    )
  if (areas.length === 0)
    throw new PostcodeImportError('--areas is empty. List the areas to keep, like --areas WA,CH,M.')
  return new Set(areas)
}

/* ------------------------------------------------------------------ shards */

/** The mean of some positions, rounded to 4 decimals. */
export const centreOf = (positions: Iterable<LatLon>): LatLon => {
  let [lat, lon, n] = [0, 0, 0]
  for (const [a, b] of positions) {
    lat += a
    lon += b
    n += 1
  }
  return n === 0 ? [0, 0] : [round4(lat / n), round4(lon / n)]
}

/** A shard from its postcodes: inward codes in order, the centre their mean. */
export const shardOf = (outcode: string, postcodes: Record<string, LatLon>): PostcodeShard => {
  const sorted = Object.fromEntries(Object.entries(postcodes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return { outcode, centre: centreOf(Object.values(sorted)), postcodes: sorted }
}

/** An inward code ("1EZ": a digit and two letters) as a small integer, and back. */
const inwardNumber = (inward: string): number =>
  (inward.charCodeAt(0) - 48) * 676 + (inward.charCodeAt(1) - 65) * 26 + (inward.charCodeAt(2) - 65)
const inwardText = (n: number): string =>
  String.fromCharCode(48 + Math.floor(n / 676), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26))

/**
 * Postcodes gathered by outcode, compactly: per outcode, one array of small integers (the inward
 * code, then latitude and longitude in ten-thousandths of a degree) rather than an object per
 * postcode, so that the 1.8 million postcodes of a national import take tens of megabytes.
 */
export class ShardAccumulator {
  readonly #byOutcode = new Map<string, number[]>()

  add(entry: PostcodeEntry): void {
    let numbers = this.#byOutcode.get(entry.outcode)
    if (!numbers) this.#byOutcode.set(entry.outcode, (numbers = []))
    numbers.push(inwardNumber(entry.inward), Math.round(entry.latitude * 1e4), Math.round(entry.longitude * 1e4))
  }

  /** How many outcodes. */
  get size(): number {
    return this.#byOutcode.size
  }

  /** Each outcode's shard, outcodes in order; a postcode given twice keeps its last position. */
  *shards(): Generator<PostcodeShard> {
    for (const outcode of [...this.#byOutcode.keys()].sort()) {
      const numbers = this.#byOutcode.get(outcode)!
      // In inward-code order (the numbers sort as the codes do); the later of two equal codes wins.
      const order = Array.from({ length: numbers.length / 3 }, (_, i) => 3 * i).sort(
        (a, b) => numbers[a]! - numbers[b]! || a - b,
      )
      const postcodes: Record<string, LatLon> = {}
      for (const i of order) postcodes[inwardText(numbers[i]!)] = [numbers[i + 1]! / 1e4, numbers[i + 2]! / 1e4]
      yield { outcode, centre: centreOf(Object.values(postcodes)), postcodes }
    }
  }
}

/** Write shards into a folder (which must exist), 32 files at a time; returns how many outcodes and postcodes. */
export const writeShards = async (
  dir: string,
  shards: Iterable<PostcodeShard>,
): Promise<{ outcodes: number; postcodes: number }> => {
  let [outcodes, postcodes] = [0, 0]
  await forEachLimit(shards, 32, async (shard) => {
    outcodes += 1
    postcodes += Object.keys(shard.postcodes).length
    await writeFile(path.join(dir, shardFileName(shard.outcode)), JSON.stringify(shard))
  })
  return { outcodes, postcodes }
}

export const writeShardsIndex = (dir: string, index: ShardsIndex): Promise<void> =>
  writeFile(path.join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`)

/**
 * Replace `target` with the finished folder `staged` (a sibling, so a rename): the old folder is
 * moved aside first and removed only once the new one is in place.
 */
export const replaceFolder = async (staged: string, target: string): Promise<void> => {
  const aside = `${target}.old-${process.pid}-${Date.now()}`
  let hadOld = false
  try {
    await rename(target, aside)
    hadOld = true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  try {
    await rename(staged, target)
  } catch (error) {
    if (hadOld) await rename(aside, target)
    throw error
  }
  if (hadOld) await rm(aside, { recursive: true, force: true })
}

/* ------------------------------------------------------------------ a whole file */

export interface ImportOptions extends RowOptions {
  outDir: string
  /** Called every 100,000 rows with the rows read so far. */
  onProgress?: (rows: number) => void
}

export interface ImportCounts {
  /** Data rows read (the header and blank lines not counted). */
  rows: number
  /** Postcodes written (a postcode given twice counts once). */
  postcodes: number
  terminated: number
  noLocation: number
  outsideAreas: number
  unreadable: number
  outcodes: number
  seconds: number
}

/**
 * Import an ONSPD CSV into `outDir`: read it line by line, keep the postcodes asked for, write a
 * shard per outcode and index.json into a temporary sibling folder, then put it in place of
 * `outDir`. A file without the needed columns, or with no postcode to keep, is refused and
 * nothing is written.
 */
export const importPostcodeCsv = async (
  csvPath: string,
  { outDir, areas, includeTerminated, onProgress }: ImportOptions,
): Promise<ImportCounts> => {
  const started = performance.now()
  const counts = { rows: 0, terminated: 0, noLocation: 0, outsideAreas: 0, unreadable: 0 }
  const accumulator = new ShardAccumulator()
  try {
    await access(csvPath, constants.R_OK)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new PostcodeImportError(`There is no file ${csvPath}. Give the path of the ONSPD CSV file.`)
    throw error
  }
  // 64 KB chunks (larger ones cost memory and gained no speed); for await keeps back-pressure.
  const input = createReadStream(csvPath)
  const lines = createInterface({ input, crlfDelay: Infinity })
  const rowOptions: RowOptions = { ...(areas ? { areas } : {}), includeTerminated: includeTerminated ?? false }
  let columns: PostcodeColumns | undefined
  try {
    for await (const line of lines) {
      if (!columns) {
        columns = columnsOf(parseCsvLine(line))
        continue
      }
      if (line.length === 0 || line === '\r') continue
      counts.rows += 1
      if (onProgress && counts.rows % 100_000 === 0) onProgress(counts.rows)
      const outcome = readRow(parseCsvLine(line, columns.wanted), columns, rowOptions)
      if (outcome.kind === 'keep') accumulator.add(outcome.entry)
      else if (outcome.reason === 'terminated') counts.terminated += 1
      else if (outcome.reason === 'no-location') counts.noLocation += 1
      else if (outcome.reason === 'outside-areas') counts.outsideAreas += 1
      else counts.unreadable += 1
    }
  } finally {
    lines.close()
    input.destroy()
  }
  if (!columns)
    throw new PostcodeImportError(
      `${csvPath} is empty. ONSPD files start with a header row: pcd,pcd2,pcds,dointr,doterm,…`,
    )
  if (accumulator.size === 0)
    throw new PostcodeImportError(
      `No postcodes to keep in ${path.basename(csvPath)}: ${counts.rows} rows read, ${counts.outsideAreas} outside --areas, ${counts.terminated} terminated, ${counts.noLocation} without a location, ${counts.unreadable} unreadable. ${outDir} is left as it was.`,
    )

  const target = path.resolve(outDir)
  await mkdir(path.dirname(target), { recursive: true })
  const staged = `${target}.importing-${process.pid}-${Date.now()}`
  await mkdir(staged)
  try {
    const written = await writeShards(staged, accumulator.shards())
    await writeShardsIndex(staged, {
      format: shardsFormat,
      version: shardsVersion,
      source: path.basename(csvPath),
      importedAt: new Date().toISOString(),
      ...written,
    })
    await replaceFolder(staged, target)
    return { ...counts, ...written, seconds: (performance.now() - started) / 1000 }
  } finally {
    await rm(staged, { recursive: true, force: true })
  }
}
