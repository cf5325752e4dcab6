/**
 * One build of the public site from a snapshot file into a folder: Astro's static build (the
 * pages), then the calendar feeds, the Open Referral UK export (/api/, /open-data/) and the
 * postcode lookups, written straight to files, while Pagefind indexes the directory's search
 * records in its own process from the start. Used by `npm run build:site`, `npm start` and
 * `npm run bench`, which reports each stage's time.
 *
 * Given the last build (`previous`), the build is incremental: pages whose reads have not changed
 * (site/lib/page-reads.ts, site/lib/snapshot-diff.ts) are not rendered but linked from the last
 * build. Every build leaves `.build/` in its folder for the next one: what each page read
 * (manifest.json), the snapshot it was built from and its fingerprint (site/lib/build-fingerprint.ts).
 */
import { randomUUID } from 'node:crypto'
import { copyFile, cp, link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openReferralDataset } from '../../schemas/open-referral/index.ts'
import { parseSnapshot, type Snapshot } from '../../schemas/snapshot.ts'
import { buildDate, siteUrlOf } from './build-context.ts'
import { buildFingerprint } from './build-fingerprint.ts'
import { outputFileOf, setBuildPlan, type BuildPlan } from './build-plan.ts'
import { buildDirectory, type Directory } from './directory.ts'
import { pagesToRender, type PageReadsRecord } from './page-reads.ts'
import { changedRecords } from './snapshot-diff.ts'
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
  /** The last build's folder: pages it can lend unchanged are not rendered again. */
  previous?: string
}

export interface BuildSiteResult {
  pages: number
  /** An incremental build's pages rendered and linked from the last build; otherwise why it was a full build. */
  incremental: { rendered: number; reused: number; changedRecords: number } | { fullBuild: string }
  files: number
  indexedPages: number
  astroSeconds: number
  /** How long the build waited for Pagefind's index once everything else was written (it runs from the start, beside the rest). */
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
export const indexForSearch = async (outDir: string, records: readonly SearchRecord[]): Promise<number> => startSearchIndex(records).writeTo(outDir)

/**
 * Start indexing now (Pagefind works in its own process, so this runs beside Astro's build) and
 * write the index when asked. A failure is reported by `writeTo`; the index is always closed.
 */
export const startSearchIndex = (records: readonly SearchRecord[]): { writeTo(outDir: string): Promise<number> } => {
  const started = (async () => {
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
      return { pagefind, index }
    } catch (error) {
      await pagefind.close()
      throw error
    }
  })()
  started.catch(() => {}) // reported by writeTo
  return {
    async writeTo(outDir) {
      const { pagefind, index } = await started
      try {
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
        await writeOfflineList(path.join(outDir, 'pagefind'))
        return records.length
      } finally {
        await pagefind.close()
      }
    },
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

/** What a build leaves for the next one, in its folder (never served: the static server hides dot-folders). */
const RECORD_DIR = '.build'
const MANIFEST_VERSION = 1

interface BuildManifest {
  version: number
  fingerprint: string
  pages: Record<string, PageReadsRecord>
  memos: Record<string, PageReadsRecord>
}

/**
 * The plan of a build: incremental from `previous` when it left a record of the same kind with
 * the same fingerprint, else full (and why).
 */
const planBuild = async (previous: string | undefined, fingerprint: string, snapshot: Snapshot, directory: Directory): Promise<{ plan: BuildPlan; changed?: number; fullBuild?: string }> => {
  const full = (why: string) => ({ plan: { pages: {}, memos: {}, reused: [] }, fullBuild: why })
  if (!previous) return full('no earlier build given')
  let manifest: BuildManifest
  let before: Snapshot
  try {
    manifest = JSON.parse(await readFile(path.join(previous, RECORD_DIR, 'manifest.json'), 'utf8')) as BuildManifest
    before = parseSnapshot(JSON.parse(await readFile(path.join(previous, RECORD_DIR, 'snapshot.json'), 'utf8')))
  } catch {
    return full('the earlier build left no record of its pages')
  }
  if (manifest.version !== MANIFEST_VERSION) return full('the earlier build recorded its pages differently')
  if (manifest.fingerprint !== fingerprint) return full('the code, the date or the address changed since the earlier build')
  const changed = changedRecords(before, snapshot)
  const render = pagesToRender(manifest.pages, manifest.memos, changed, directory)
  return { plan: { previous: { dir: previous, pages: manifest.pages, memos: manifest.memos, render }, pages: {}, memos: {}, reused: [] }, changed: changed.size }
}

/** Put the last build's file in place of each page it lent (Astro wrote an empty one, or none): a hard link where it can, else a copy. */
const lendPages = async (plan: BuildPlan, stage: string): Promise<void> => {
  const from = plan.previous?.dir
  if (!from) return
  // Pages left out of their route's paths have no folder in this build yet.
  for (const folder of new Set(plan.reused.map((address) => path.dirname(path.join(stage, outputFileOf(address)))))) await mkdir(folder, { recursive: true })
  for (let i = 0; i < plan.reused.length; i += 64)
    await Promise.all(
      plan.reused.slice(i, i + 64).map(async (address) => {
        const file = outputFileOf(address)
        await unlink(path.join(stage, file)).catch(() => {})
        await link(path.join(from, file), path.join(stage, file)).catch(() => copyFile(path.join(from, file), path.join(stage, file)))
      }),
    )
}

/**
 * Astro runs its prerendering code from inside the output folder, and that code must find the
 * project's node_modules: so every build happens in a folder inside the project
 * (.site-build/<id>) and is moved to `outDir` only when it is complete and indexed. A failed
 * build leaves `outDir` as it was.
 */
export const buildSite = async ({ root, snapshotFile, outDir, previous }: BuildSiteOptions): Promise<BuildSiteResult> => {
  process.env.SNAPSHOT_FILE = snapshotFile
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const terms = readSearchWords() // checked before anything is built: a mistake names its line
  const stage = path.join(root, '.site-build', randomUUID())
  try {
    // Read here, not through buildContext(): that is memoised per process, and a benchmark builds several snapshots in one.
    const snapshotText = await readFile(snapshotFile, 'utf8')
    const snapshot = parseSnapshot(JSON.parse(snapshotText))
    const today = buildDate()
    const directory = buildDirectory(snapshot, today)
    const fingerprint = await buildFingerprint(root, { today, siteUrl: siteUrlOf() })
    const { plan, changed, fullBuild } = await planBuild(previous, fingerprint, snapshot, directory)
    // Search's index is worked out beside Astro's build: Pagefind runs in its own process.
    const records = searchRecordsOf(directory, terms)
    const searchIndex = startSearchIndex(records)

    const { build } = await import('astro')
    const astroStarted = performance.now()
    setBuildPlan(plan)
    try {
      await build({ root, outDir: stage, logLevel: 'warn' })
    } finally {
      setBuildPlan(undefined)
    }
    await lendPages(plan, stage)
    const astroSeconds = (performance.now() - astroStarted) / 1000
    // Pagefind writes its index in its process while this one writes the rest.
    const indexWritten = searchIndex.writeTo(stage)
    indexWritten.catch(() => {}) // reported below
    const feedsStarted = performance.now()
    const calendars = calendarFilesOf(directory, siteUrlOf())
    await writeOutputFiles(stage, calendars)
    const feeds = { files: calendars.length, seconds: (performance.now() - feedsStarted) / 1000 }
    const openDataStarted = performance.now()
    const exported = await writeOpenReferralExport(stage, openReferralDataset(snapshot, { siteUrl: siteUrlOf(), today, region: council.region }))
    const openData = { ...exported, seconds: (performance.now() - openDataStarted) / 1000 }
    // Postcode lookups for "near me": the ONSPD import if there is one, else the demo extract, plus every venue's postcode.
    const postcodes = await writeSiteShards({ outDir: path.join(stage, 'postcodes'), demoCsv: path.join(root, 'seed/data/onspd-demo.csv'), venues: directory.venues })
    const waitStarted = performance.now()
    const indexedPages = await indexWritten
    // How long the build waited for Pagefind once everything else was written.
    const pagefindSeconds = (performance.now() - waitStarted) / 1000
    const files = await filesUnder(stage)
    // The record for the next build (not counted in the files: it is never served).
    // A shared value no page rendered this time is as it was (its pages were lent, so it had not changed).
    const manifest: BuildManifest = { version: MANIFEST_VERSION, fingerprint, pages: plan.pages, memos: { ...plan.previous?.memos, ...plan.memos } }
    await writeOutputFiles(stage, [
      { path: path.join(RECORD_DIR, 'manifest.json'), contents: JSON.stringify(manifest) },
      { path: path.join(RECORD_DIR, 'snapshot.json'), contents: snapshotText },
    ])
    await moveInto(stage, outDir)
    const pages = files.filter((f) => f.endsWith('.html')).length
    const incremental = fullBuild !== undefined ? { fullBuild } : { rendered: Object.keys(plan.pages).length - plan.reused.length, reused: plan.reused.length, changedRecords: changed ?? 0 }
    return { pages, incremental, files: files.length, indexedPages, astroSeconds, pagefindSeconds, feeds, openData, postcodes }
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}
