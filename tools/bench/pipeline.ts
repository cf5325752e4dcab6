/**
 * The whole publishing pipeline at directory sizes a county or a region runs, stage by stage:
 *
 *   npm run bench -- [--sizes 1000,5000,20000] [--today 2027-02-10] [--no-load] [--keep]
 *
 * For each size (a number of services; tools/generate/generate-snapshot.ts, seed 1, so every run measures
 * the same directory), in a fresh data folder:
 *   1. load: `npm run seed:generated -- --services N` into an empty SQLite database, through the Local API
 *      with every hook and validation a staff save has;
 *   2. snapshot export: `npm run snapshot`, what is published read back out of the database;
 *   3. the site build, `npm run build:site` from that snapshot, timed by its own stages: Astro (the
 *      pages), and beside it Pagefind (the search index) and the calendar feeds and open data (each
 *      in its own process: how long each took, and how long the build waited for it after Astro).
 * Then the output: pages, files, size, Pagefind's index, and what a first search downloads,
 * measured in Chromium against the build served by the product's static server (compressed, as a
 * host would), in a fresh browser profile. Last, one edit, as a publish after a staff save: one
 * session's booking note changed in the snapshot, built incrementally from the first build
 * (`--previous`); edit to live is that build plus the snapshot export.
 *
 * Each stage runs as its own process; its peak memory is that process tree's resident memory,
 * sampled from /proc every 200 ms. `--no-load` skips the database and builds from the generated
 * snapshot (quicker, for working on the build). `--keep` leaves the work folders in place.
 *
 * Prints a table (a column per size) and writes the same figures to
 * tools/bench/results/pipeline-<date>.json. Asserts nothing: figures belong here, never in tests.
 * Not part of CI: 20,000 services take a long while.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Browser } from 'playwright-core'
import { isPlainDate } from '../../core/dates/plain-date.ts'
import { generateSnapshot } from '../generate/generate-snapshot.ts'
import type { BuildSiteResult } from '../../site/build/build-site.ts'
import { createStaticServer } from '../../site/server/static-server.ts'
import { closeServer, folderSize, listen, measureQuery, type Query } from './lib/first-search.ts'
import { watchPeakMemory } from './lib/process-memory.ts'

const root = path.resolve(import.meta.dirname, '../..')
const RESULTS_DIR = path.join(root, 'tools/bench/results')
const FIRST_SEARCH: Query = { label: 'stay and play', url: '/search/?q=stay+and+play', then: 'baby massage' }

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    today: { type: 'string', default: '2027-02-10' },
    'no-load': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map((s) => Number(s.trim()))
const badSize = values.sizes.split(',').find((s) => !(Number.isInteger(Number(s.trim())) && Number(s.trim()) > 0))
if (badSize !== undefined) {
  console.error(`--sizes: "${badSize}" is not a number of services. Give whole numbers, like --sizes 1000,5000,20000.`)
  process.exit(2)
}
if (!isPlainDate(values.today)) {
  console.error(`--today "${values.today}" is not a date: use the form 2027-02-10.`)
  process.exit(2)
}

interface StageFigures {
  seconds: number
  peakMiB: number
}

/** Run one stage as its own process (an npm script through tsx), timing it and watching its memory. */
const runStage = (label: string, script: string, args: string[], env: Record<string, string>): Promise<StageFigures> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const memory = watchPeakMemory(child.pid!)
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const peak = memory.stop()
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`))
      console.log(`  ${label}: ${seconds.toFixed(1)} s, peak ${(peak / 2 ** 20).toFixed(0)} MiB`)
      resolve({ seconds: round(seconds), peakMiB: Math.round(peak / 2 ** 20) })
    })
  })

const round = (n: number, places = 1) => Number(n.toFixed(places))

interface SizeFigures {
  services: number
  sessions: number
  load?: StageFigures & { records: number }
  snapshot?: StageFigures
  build: StageFigures & {
    astroSeconds: number
    pagesPerSecond: number
    pagefindSeconds: number
    feedsSeconds: number
    openDataSeconds: number
    dataFilesWaitSeconds: number
  }
  /** Snapshot export and site build: what a full publish costs. */
  publishSeconds: number
  totalSeconds: number
  output: { pages: number; files: number; MiB: number; feedFiles: number; openDataFiles: number; searchRecords: number }
  pagefindIndex: { KiB: number; files: number }
  /**
   * A first search from a fresh browser: what had come over the wire when results were shown
   * (KB, requests), and all it fetched once the page settled (settledKB: with a small index the
   * search page then fetches the rest of it, for searching offline).
   */
  firstSearch: {
    query: string
    KB?: number
    pagefindKB?: number
    requests?: number
    msToResults?: number
    settledKB?: number
    error?: string
  }
  /** One session's booking note changed, built from the full build: the incremental build, and edit to live with the snapshot export. */
  oneEdit: StageFigures & {
    astroSeconds: number
    pagefindSeconds: number
    rendered?: number
    reused?: number
    editToLiveSeconds: number
  }
}

const benchSize = async (services: number, browser: Browser): Promise<SizeFigures> => {
  const work = await mkdtemp(path.join(tmpdir(), `family-hub-bench-${services}-`))
  try {
    const env = {
      DATA_DIR: path.join(work, 'data'),
      SITE_TODAY: values.today,
      NEXT_TELEMETRY_DISABLED: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    }
    const snapshotFile = path.join(work, 'snapshot.json')
    const generated = generateSnapshot({ services, seed: 1 })
    const sessions = generated.collections.sessions.length
    console.log(
      `\n${services.toLocaleString('en-GB')} services (${sessions.toLocaleString('en-GB')} session series, ${generated.collections.venues.length.toLocaleString('en-GB')} venues, ${generated.collections.hubs.length} hubs), pages built for ${values.today}:`,
    )

    let load: SizeFigures['load']
    let snapshot: StageFigures | undefined
    if (values['no-load']) await writeFile(snapshotFile, JSON.stringify(generated))
    else {
      const records = Object.values(generated.collections).reduce((n, list) => n + list.length, 0)
      load = {
        ...(await runStage(
          'load into the database',
          'tools/generate/bin/load-generated.ts',
          ['--services', String(services), '--seed', '1'],
          env,
        )),
        records,
      }
      snapshot = await runStage('snapshot export', 'cms/bin/export-snapshot.ts', ['--out', snapshotFile], env)
    }

    const outDir = path.join(work, 'site')
    const reportFile = path.join(work, 'build-report.json')
    const built = await runStage(
      'site build',
      'site/bin/build.ts',
      ['--snapshot', snapshotFile, '--out', outDir, '--report', reportFile],
      env,
    )
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as BuildSiteResult & { ok: boolean }
    const dist = await folderSize(outDir)
    const index = await folderSize(path.join(outDir, 'pagefind'))

    // What a first search downloads, from a fresh browser profile, after one unmeasured visit that
    // fills the server's cache of compressed files (as a CDN's would be).
    const server = createStaticServer({ root: outDir })
    const port = await listen(server)
    let firstSearch: SizeFigures['firstSearch']
    try {
      await measureQuery(browser, `http://127.0.0.1:${port}`, FIRST_SEARCH)
      const q = await measureQuery(browser, `http://127.0.0.1:${port}`, FIRST_SEARCH)
      firstSearch = q.error
        ? { query: FIRST_SEARCH.label, error: q.error }
        : {
            query: FIRST_SEARCH.label,
            KB: round(q.byFirstResults!.bytes / 1000),
            pagefindKB: round(q.byFirstResults!.pagefindBytes / 1000),
            requests: q.byFirstResults!.requests,
            msToResults: q.firstResultsMs!,
            settledKB: round(q.bytes! / 1000),
          }
    } finally {
      await closeServer(server)
    }

    // One edit: a session's booking note, published incrementally from the build above.
    const edited = JSON.parse(await readFile(snapshotFile, 'utf8')) as {
      collections: { sessions: { bookingNotes: string | null }[] }
    }
    edited.collections.sessions[0]!.bookingNotes = 'Bring a towel: changed for the benchmark.'
    const editedFile = path.join(work, 'snapshot-edited.json')
    await writeFile(editedFile, JSON.stringify(edited))
    const editReportFile = path.join(work, 'edit-report.json')
    const rebuilt = await runStage(
      'one session edited, incremental build',
      'site/bin/build.ts',
      [
        '--snapshot',
        editedFile,
        '--out',
        path.join(work, 'site-edited'),
        '--previous',
        outDir,
        '--report',
        editReportFile,
      ],
      env,
    )
    const editReport = JSON.parse(await readFile(editReportFile, 'utf8')) as BuildSiteResult
    const oneEdit = {
      ...rebuilt,
      astroSeconds: round(editReport.astroSeconds),
      pagefindSeconds: round(editReport.pagefindSeconds),
      ...('rendered' in editReport.incremental
        ? { rendered: editReport.incremental.rendered, reused: editReport.incremental.reused }
        : {}),
      editToLiveSeconds: round((snapshot?.seconds ?? 0) + rebuilt.seconds),
    }

    const publishSeconds = round((snapshot?.seconds ?? 0) + built.seconds)
    return {
      services,
      sessions,
      ...(load ? { load } : {}),
      ...(snapshot ? { snapshot } : {}),
      build: {
        ...built,
        astroSeconds: round(report.astroSeconds),
        pagesPerSecond: Math.round(report.pages / report.astroSeconds),
        pagefindSeconds: round(report.pagefindSeconds),
        feedsSeconds: round(report.feeds.seconds),
        openDataSeconds: round(report.openData.seconds),
        dataFilesWaitSeconds: round(report.dataFilesWaitSeconds),
      },
      publishSeconds,
      totalSeconds: round(publishSeconds + (load?.seconds ?? 0)),
      output: {
        pages: report.pages,
        files: dist.files,
        MiB: round(dist.bytes / 2 ** 20),
        feedFiles: report.feeds.files,
        openDataFiles: report.openData.files,
        searchRecords: report.indexedPages,
      },
      pagefindIndex: { KiB: Math.round(index.bytes / 1024), files: index.files },
      firstSearch,
      oneEdit,
    }
  } finally {
    if (values.keep) console.log(`  kept ${work}`)
    else await rm(work, { recursive: true, force: true })
  }
}

/** The figures as a table: a row per measure, a column per size. */
const printTable = (rows: readonly SizeFigures[]) => {
  const n = (v: number | undefined, places = 1) =>
    v === undefined ? '-' : v.toLocaleString('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places })
  const i = (v: number | undefined) => n(v, 0)
  const measures: [string, (r: SizeFigures) => string][] = [
    ['session series', (r) => i(r.sessions)],
    ['load into the database (s)', (r) => n(r.load?.seconds)],
    ['  peak memory (MiB)', (r) => i(r.load?.peakMiB)],
    ['snapshot export (s)', (r) => n(r.snapshot?.seconds)],
    ['  peak memory (MiB)', (r) => i(r.snapshot?.peakMiB)],
    ['site build (s)', (r) => n(r.build.seconds)],
    ['  Astro, pages (s)', (r) => n(r.build.astroSeconds)],
    ['  pages per second', (r) => i(r.build.pagesPerSecond)],
    ['  waiting for Pagefind at the end (s)', (r) => n(r.build.pagefindSeconds)],
    ['  calendar feeds, beside Astro (s)', (r) => n(r.build.feedsSeconds)],
    ['  open data, beside Astro (s)', (r) => n(r.build.openDataSeconds)],
    ['  waiting for them after Astro (s)', (r) => n(r.build.dataFilesWaitSeconds)],
    ['  peak memory (MiB)', (r) => i(r.build.peakMiB)],
    ['publish: export + build (s)', (r) => n(r.publishSeconds)],
    ['total with load (s)', (r) => n(r.totalSeconds)],
    ['pages', (r) => i(r.output.pages)],
    ['files', (r) => i(r.output.files)],
    ['  calendar feeds', (r) => i(r.output.feedFiles)],
    ['  open data', (r) => i(r.output.openDataFiles)],
    ['output size (MiB)', (r) => n(r.output.MiB)],
    ['search records', (r) => i(r.output.searchRecords)],
    ['Pagefind index (KiB)', (r) => i(r.pagefindIndex.KiB)],
    ['  files', (r) => i(r.pagefindIndex.files)],
    [`first search "${FIRST_SEARCH.label}" (KB)`, (r) => (r.firstSearch.error ? 'failed' : n(r.firstSearch.KB))],
    ['  of it Pagefind (KB)', (r) => n(r.firstSearch.pagefindKB)],
    ['  requests', (r) => i(r.firstSearch.requests)],
    ['  to results (ms)', (r) => i(r.firstSearch.msToResults)],
    ['  settled, offline copy included (KB)', (r) => n(r.firstSearch.settledKB)],
    ['one session edited: build (s)', (r) => n(r.oneEdit.seconds)],
    ['  pages rendered', (r) => i(r.oneEdit.rendered)],
    ['  pages linked from the last build', (r) => i(r.oneEdit.reused)],
    ['  Astro (s)', (r) => n(r.oneEdit.astroSeconds)],
    ['  waiting for Pagefind at the end (s)', (r) => n(r.oneEdit.pagefindSeconds)],
    ['  peak memory (MiB)', (r) => i(r.oneEdit.peakMiB)],
    ['  edit to live, with snapshot export (s)', (r) => n(r.oneEdit.editToLiveSeconds)],
  ]
  const header = ['services', ...rows.map((r) => r.services.toLocaleString('en-GB'))]
  const lines = [header, ...measures.map(([label, value]) => [label, ...rows.map(value)])]
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)))
  console.log(
    `\n${lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n')}`,
  )
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const rows: SizeFigures[] = []
try {
  console.log(
    `Pipeline benchmark: ${sizes.map((s) => s.toLocaleString('en-GB')).join(', ')} services; Node ${process.version}, Chromium ${browser.version()}`,
  )
  for (const size of sizes) {
    rows.push(await benchSize(size, browser))
    printTable(rows)
  }
  const date = new Date().toISOString().slice(0, 10)
  await mkdir(RESULTS_DIR, { recursive: true })
  const file = path.join(RESULTS_DIR, `pipeline-${date}.json`)
  await writeFile(
    file,
    `${JSON.stringify({ benchmark: 'pipeline', date, siteToday: values.today, node: process.version, loaded: !values['no-load'], sizes: rows }, null, 2)}\n`,
  )
  console.log(`\nWrote ${path.relative(process.cwd(), file)}`)
} finally {
  await browser.close()
}
