/**
 * One build of the public site from a snapshot file into a folder: Astro's static build (the
 * pages); beside it, from the start, Pagefind indexing the directory's search records in its own
 * process, and the calendar feeds and the Open Referral UK export (/api/, /open-data/) written
 * straight to files in another (site/build/data-files.ts); then the postcode lookups. Used by `npm run build:site`, `npm start` and
 * `npm run bench`, which reports each stage's time.
 *
 * Given the last build (`previous`), the build is incremental: pages whose reads have not changed
 * (site/directory/page-reads.ts, site/build/snapshot-diff.ts) are not rendered but linked from the last
 * build. Every build leaves `.build/` in its folder for the next one: what each page read
 * (manifest.json), the snapshot it was built from and its fingerprint (site/build/build-fingerprint.ts).
 */
import { randomUUID } from 'node:crypto'
import { copyFile, cp, link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { filesUnder } from '../../core/files/files-under.ts'
import { parseSnapshot, type Snapshot } from '../../core/records/snapshot.ts'
import { apiRecordFilesOf, buildDate, siteUrlOf } from './build-context.ts'
import { buildFingerprint } from './build-fingerprint.ts'
import { outputFileOf, setBuildPlan, type BuildPlan } from './build-plan.ts'
import { buildDirectory, type Directory } from '../directory/directory.ts'
import { siteSecurityHeaders, staticHostHeadersFile } from '../../core/http/security-headers.ts'
import { cmsUrl } from '../shared/cms-url.ts'
import { pagesToRender, type PageReadsRecord } from '../directory/page-reads.ts'
import { changedRecords } from './snapshot-diff.ts'
import { startDataFiles, writeOutputFiles } from './data-files.ts'
import { writeSiteShards } from '../postcodes/postcode-shards.ts'
import { recordHtml, searchRecordsOf, type SearchRecord } from './search-records.ts'
import { OFFLINE_INDEX_LIMIT_BYTES } from '../shared/search-facets.ts'
import { readSearchWords } from './search-words.ts'
import { council } from '../render/site-identity.ts'

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
  /** The calendar feeds (site/build/calendar-files.ts): how many files and how long, beside Astro. */
  feeds: { files: number; seconds: number }
  /** The Open Referral UK export (site/build/open-referral-export.ts): files, bytes and seconds, beside Astro. */
  openData: { files: number; bytes: number; seconds: number }
  /** How long the build waited for the feeds and open data once Astro had finished. */
  dataFilesWaitSeconds: number
  /** The postcode lookups written: how many outcodes and postcodes, from which file. */
  postcodes: { outcodes: number; postcodes: number; source: string }
}

/**
 * Index the directory for search with Pagefind's Node API and write the index to
 * `<outDir>/pagefind/`: one small document per record (site/build/search-records.ts) rather than the
 * built pages, so filters are exact and names outrank body text. Pagefind works in its own process,
 * so the build runs this beside Astro. Errors fail the build; the index is always closed.
 */
export const indexForSearch = async (outDir: string, records: readonly SearchRecord[]): Promise<number> => {
  const pagefind = await import('pagefind')
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
    for (let i = 0; i < records.length; i += 200) {
      const batch = records.slice(i, i + 200)
      const added = await Promise.all(
        batch.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })),
      )
      const failed = added.findIndex((a) => a.errors.length > 0)
      if (failed >= 0)
        throw new Error(`Pagefind could not index ${batch[failed]!.url}: ${added[failed]!.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') })
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    await removeUnusedUi(path.join(outDir, 'pagefind'))
    await writeOfflineList(path.join(outDir, 'pagefind'))
    return records.length
  } finally {
    await pagefind.close()
  }
}

/** Pagefind's own search interfaces, which it writes beside the index: the site has its own (site/browser/search/). */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/

const removeUnusedUi = async (pagefindDir: string): Promise<void> => {
  const names = await readdir(pagefindDir)
  await Promise.all(names.filter((n) => UNUSED_UI.test(n)).map((n) => rm(path.join(pagefindDir, n))))
}

/**
 * pagefind/offline-files.json: the index's total size and, when it is small enough to keep
 * offline (OFFLINE_INDEX_LIMIT_BYTES), its chunk files, so the search page can fetch it whole after
 * the first search and go on searching without a connection.
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
  await writeFile(
    path.join(pagefindDir, 'offline-files.json'),
    JSON.stringify({ bytes, files: bytes <= OFFLINE_INDEX_LIMIT_BYTES ? files : [] }),
  )
}

/**
 * Move everything under `from` into `to`, which may hold folders of the same names (open-data/ has
 * a page and the bulk file): a folder missing from `to` is moved whole. A file in both is a clash.
 */
const moveTreeInto = async (from: string, to: string): Promise<void> => {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)]
    const existing = await stat(target).catch(() => undefined)
    if (!existing) await rename(source, target)
    else if (entry.isDirectory() && existing.isDirectory()) await moveTreeInto(source, target)
    else throw new Error(`The build wrote ${path.relative(to, target)} twice: as a page and as a data file.`)
  }
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
const planBuild = async (
  previous: string | undefined,
  fingerprint: string,
  snapshot: Snapshot,
  directory: Directory,
): Promise<{ plan: BuildPlan; changed?: number; fullBuild?: string }> => {
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
  if (manifest.fingerprint !== fingerprint)
    return full('the code, the date or the address changed since the earlier build')
  const changed = changedRecords(before, snapshot)
  const render = pagesToRender(manifest.pages, manifest.memos, changed, directory)
  return {
    plan: {
      previous: { dir: previous, pages: manifest.pages, memos: manifest.memos, render },
      pages: {},
      memos: {},
      reused: [],
    },
    changed: changed.size,
  }
}

/** Put the last build's file in place of each page it lent (Astro wrote an empty one, or none): a hard link where it can, else a copy. */
const lendPages = async (plan: BuildPlan, stage: string): Promise<void> => {
  const from = plan.previous?.dir
  if (!from) return
  // Pages left out of their route's paths have no folder in this build yet.
  for (const folder of new Set(plan.reused.map((address) => path.dirname(path.join(stage, outputFileOf(address))))))
    await mkdir(folder, { recursive: true })
  for (let i = 0; i < plan.reused.length; i += 64)
    await Promise.all(
      plan.reused.slice(i, i + 64).map(async (address) => {
        const file = outputFileOf(address)
        await unlink(path.join(stage, file)).catch(() => {})
        await link(path.join(from, file), path.join(stage, file)).catch(() =>
          copyFile(path.join(from, file), path.join(stage, file)),
        )
      }),
    )
}

/**
 * Astro runs its prerendering code from inside the output folder, and that code must find the
 * project's node_modules: so every build happens in a folder inside the project
 * (.site-build/<id>) and is moved to `outDir` only when it is complete and indexed. A failed
 * build leaves `outDir` as it was.
 */
export const buildSite = async ({
  root,
  snapshotFile,
  outDir,
  previous,
}: BuildSiteOptions): Promise<BuildSiteResult> => {
  process.env.SNAPSHOT_FILE = snapshotFile
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const terms = readSearchWords() // checked before anything is built: a mistake names its line
  const stage = path.join(root, '.site-build', randomUUID())
  const [dataStage, searchStage] = [`${stage}-data`, `${stage}-search`]
  let besideAstro: Promise<unknown>[] = []
  try {
    // Read here, not through buildContext(): that is memoised per process, and a benchmark builds several snapshots in one.
    const snapshotText = await readFile(snapshotFile, 'utf8')
    const snapshot = parseSnapshot(JSON.parse(snapshotText))
    const today = buildDate()
    const directory = buildDirectory(snapshot, today)
    const apiRecordFiles = apiRecordFilesOf()
    const fingerprint = await buildFingerprint(root, { today, siteUrl: siteUrlOf(), apiRecordFiles })
    const { plan, changed, fullBuild } = await planBuild(previous, fingerprint, snapshot, directory)
    // Search's index and the data files are worked out beside Astro's build, each in its own process.
    const data = startDataFiles({
      snapshotFile,
      outDir: dataStage,
      today,
      siteUrl: siteUrlOf(),
      region: council.region,
      apiRecordFiles,
    })
    const records = searchRecordsOf(directory, terms)
    const searchIndex = indexForSearch(searchStage, records)
    // Awaited below; listed so that a failed build still waits for both before cleaning up.
    besideAstro = [data, searchIndex].map((p) => p.catch(() => {}))

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
    const dataWaitStarted = performance.now()
    const { feeds, openData } = await data
    const dataFilesWaitSeconds = (performance.now() - dataWaitStarted) / 1000
    await moveTreeInto(dataStage, stage)
    // Postcode lookups for "near me": the ONSPD import if there is one, else the demo extract, plus every venue's postcode.
    const postcodes = await writeSiteShards({
      outDir: path.join(stage, 'postcodes'),
      demoCsv: path.join(root, 'site/postcodes/onspd-demo.csv'),
      venues: directory.venues,
    })
    const waitStarted = performance.now()
    const indexedPages = await searchIndex
    // How long the build waited for Pagefind once everything else was written.
    const pagefindSeconds = (performance.now() - waitStarted) / 1000
    await moveTreeInto(searchStage, stage)
    const files = await filesUnder(stage)
    // The record for the next build (not counted in the files: it is never served).
    // A shared value no page rendered this time is as it was (its pages were lent, so it had not changed).
    const manifest: BuildManifest = {
      version: MANIFEST_VERSION,
      fingerprint,
      pages: plan.pages,
      memos: { ...plan.previous?.memos, ...plan.memos },
    }
    await writeOutputFiles(stage, [
      { path: path.join(RECORD_DIR, 'manifest.json'), contents: JSON.stringify(manifest) },
      { path: path.join(RECORD_DIR, 'snapshot.json'), contents: snapshotText },
      // The security headers the product's server sends, for a static host to send too.
      {
        path: '_headers',
        contents: staticHostHeadersFile(siteSecurityHeaders({ formOrigins: [cmsUrl()], production: true })),
      },
    ])
    await moveInto(stage, outDir)
    const pages = files.filter((f) => f.endsWith('.html')).length
    const incremental =
      fullBuild !== undefined
        ? { fullBuild }
        : {
            rendered: Object.keys(plan.pages).length - plan.reused.length,
            reused: plan.reused.length,
            changedRecords: changed ?? 0,
          }
    return {
      pages,
      incremental,
      files: files.length,
      indexedPages,
      astroSeconds,
      pagefindSeconds,
      feeds,
      openData,
      dataFilesWaitSeconds,
      postcodes,
    }
  } finally {
    await Promise.all(besideAstro)
    for (const folder of [stage, dataStage, searchStage]) await rm(folder, { recursive: true, force: true })
  }
}
