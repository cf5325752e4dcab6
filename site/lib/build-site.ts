/**
 * One build of the public site from a snapshot file into a folder: Astro's static build (the
 * pages), then Pagefind's index of the directory's search records through its Node API and the
 * postcode lookups, then the calendar feeds and the Open Referral UK export (/api/, /open-data/),
 * written straight to files. Used by `npm run build:site`, `npm start` and `npm run bench`, which
 * reports each stage's time.
 */
import { randomUUID } from 'node:crypto'
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openReferralDataset } from '../../schemas/open-referral/index.ts'
import { parseSnapshot } from '../../schemas/snapshot.ts'
import { buildDate, siteUrlOf } from './build-context.ts'
import { buildDirectory } from './directory.ts'
import { writeOpenReferralExport } from './open-referral-export.ts'
import { writeSiteShards } from './postcode-shards.ts'
import { calendarFilesOf } from './published-calendars.ts'
import { recordHtml, searchRecordsOf, type SearchRecord } from './search-records.ts'
import { readSearchWords } from './search-words.ts'
import { council } from './site-identity.ts'

export interface BuildSiteOptions {
  /** The project root (where astro.config.mjs is). */
  root: string
  snapshotFile: string
  outDir: string
}

export interface BuildSiteResult {
  pages: number
  files: number
  indexedPages: number
  astroSeconds: number
  pagefindSeconds: number
  /** The calendar feeds (site/lib/calendar-files.ts): how many files and how long. */
  feeds: { files: number; seconds: number }
  /** The Open Referral UK export (site/lib/open-referral-export.ts): files, bytes and seconds. */
  openData: { files: number; bytes: number; seconds: number }
  /** The postcode lookups written: how many outcodes and postcodes, from which file. */
  postcodes: { outcodes: number; postcodes: number; source: string }
}

const filesUnder = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))

/**
 * Index the directory for search with Pagefind's Node API: one small document per record
 * (site/lib/search-records.ts) rather than the built pages, so filters are exact and names
 * outrank body text. Errors fail the build; the index is always closed.
 */
export const indexForSearch = async (outDir: string, records: readonly SearchRecord[]): Promise<number> => {
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    for (let i = 0; i < records.length; i += 200) {
      const batch = records.slice(i, i + 200)
      const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })))
      const failed = added.findIndex((a) => a.errors.length > 0)
      if (failed >= 0) throw new Error(`Pagefind could not index ${batch[failed]!.url}: ${added[failed]!.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    await writeOfflineList(path.join(outDir, 'pagefind'))
    return records.length
  } finally {
    await pagefind.close()
  }
}

/**
 * pagefind/offline-files.json: the index's chunk files and their total size, so the search page
 * can fetch a small index whole after the first search and go on searching without a connection.
 */
const writeOfflineList = async (pagefindDir: string): Promise<void> => {
  const files: string[] = []
  let bytes = 0
  for (const folder of ['index', 'filter', 'fragment']) {
    const entries = await readdir(path.join(pagefindDir, folder), { withFileTypes: true }).catch(() => [])
    for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
      files.push(`/pagefind/${folder}/${entry.name}`)
      bytes += (await stat(path.join(pagefindDir, folder, entry.name))).size
    }
  }
  await writeFile(path.join(pagefindDir, 'offline-files.json'), JSON.stringify({ bytes, files }))
}

/** Write files under a folder, creating each folder once. */
const writeOutputFiles = async (dir: string, files: readonly { path: string; contents: string }[]): Promise<void> => {
  for (const folder of new Set(files.map((f) => path.dirname(path.join(dir, f.path))))) await mkdir(folder, { recursive: true })
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map((f) => writeFile(path.join(dir, f.path), f.contents)))
}

/** Put a finished build in place of the output folder: a rename where it can, a copy across file systems. */
const moveInto = async (from: string, to: string): Promise<void> => {
  await rm(to, { recursive: true, force: true })
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

/**
 * Astro runs its prerendering code from inside the output folder, and that code must find the
 * project's node_modules: so every build happens in a folder inside the project
 * (.site-build/<id>) and is moved to `outDir` only when it is complete and indexed. A failed
 * build leaves `outDir` as it was.
 */
export const buildSite = async ({ root, snapshotFile, outDir }: BuildSiteOptions): Promise<BuildSiteResult> => {
  process.env.SNAPSHOT_FILE = snapshotFile
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const terms = readSearchWords() // checked before anything is built: a mistake names its line
  const stage = path.join(root, '.site-build', randomUUID())
  try {
    const { build } = await import('astro')
    const astroStarted = performance.now()
    await build({ root, outDir: stage, logLevel: 'warn' })
    const astroSeconds = (performance.now() - astroStarted) / 1000
    const pagefindStarted = performance.now()
    // Read here, not through buildContext(): that is memoised per process, and a benchmark builds several snapshots in one.
    const snapshot = parseSnapshot(JSON.parse(await readFile(snapshotFile, 'utf8')))
    const today = buildDate()
    const directory = buildDirectory(snapshot, today)
    const records = searchRecordsOf(directory, terms)
    const indexedPages = await indexForSearch(stage, records)
    // Postcode lookups for "near me": the ONSPD import if there is one, else the demo extract, plus every venue's postcode.
    const postcodes = await writeSiteShards({ outDir: path.join(stage, 'postcodes'), demoCsv: path.join(root, 'seed/data/onspd-demo.csv'), venues: directory.venues })
    const pagefindSeconds = (performance.now() - pagefindStarted) / 1000
    const feedsStarted = performance.now()
    const calendars = calendarFilesOf(directory, siteUrlOf())
    await writeOutputFiles(stage, calendars)
    const feeds = { files: calendars.length, seconds: (performance.now() - feedsStarted) / 1000 }
    const openDataStarted = performance.now()
    const exported = await writeOpenReferralExport(stage, openReferralDataset(snapshot, { siteUrl: siteUrlOf(), today, region: council.region }))
    const openData = { ...exported, seconds: (performance.now() - openDataStarted) / 1000 }
    const files = await filesUnder(stage)
    await moveInto(stage, outDir)
    return { pages: files.filter((f) => f.endsWith('.html')).length, files: files.length, indexedPages, astroSeconds, pagefindSeconds, feeds, openData, postcodes }
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}
