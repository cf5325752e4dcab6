/**
 * `npm run build:site -- --snapshot <file> [--out dist] [--previous folder] [--report file]`: build
 * the public site from a snapshot file, its only input (it never opens the CMS; `npm run snapshot`
 * writes one of what is published, and the publisher in app/ does both).
 *
 *   1. The snapshot (the file given, or SNAPSHOT_FILE) is checked first: if any record is invalid
 *      the build stops and lists each record and field, and nothing is written to the output folder.
 *   2. Astro builds every page into the output folder (static HTML, sitemap); beside it, each in its
 *      own process, Pagefind indexes the directory's search records (errors fail the build; the
 *      index is always closed), and the calendar feeds (/calendars/) and the Open Referral UK
 *      export (/api/, /open-data/) are written.
 *   3. The postcode lookups for "near me" are written to /postcodes/.
 *
 * With `--previous`, the last build's folder, the build is incremental: pages that read nothing
 * that changed are linked from it instead of rendered (site/build/build-site.ts).
 *
 * Prints each stage's time, the page count and pages per second. SITE_TODAY pins the date the
 * pages are built for (tests); SITE_URL sets the public address. `--report file` writes the
 * outcome as JSON ({ ok, pages } or { ok: false, error, problems }) for the publisher.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseSnapshot, SnapshotError } from '../../core/records/snapshot.ts'
import { buildSite } from '../build/build-site.ts'

const { values } = parseArgs({
  options: {
    snapshot: { type: 'string' },
    out: { type: 'string' },
    previous: { type: 'string' },
    report: { type: 'string' },
  },
})
const report = async (outcome: object): Promise<void> => {
  if (values.report) await writeFile(values.report, JSON.stringify(outcome))
}
const root = path.resolve(import.meta.dirname, '../..')
const outDir = path.resolve(values.out ?? process.env.SITE_OUT_DIR ?? path.join(root, 'dist'))

const started = performance.now()
const given = values.snapshot ?? process.env.SNAPSHOT_FILE
if (!given) {
  const message =
    'Give the snapshot to build: --snapshot <file> (npm run snapshot writes what is published to data/snapshot.json).'
  console.error(message)
  await report({ ok: false, error: message })
  process.exit(2)
}
const snapshotFile = path.resolve(given)
try {
  parseSnapshot(JSON.parse(await readFile(snapshotFile, 'utf8')))
} catch (error) {
  if (error instanceof SnapshotError) {
    console.error(error.message)
    await report({ ok: false, error: error.message, problems: error.problems.slice(0, 20) })
    process.exit(1)
  }
  await report({ ok: false, error: error instanceof Error ? error.message : String(error) })
  throw error
}
const snapshotSeconds = (performance.now() - started) / 1000

const previous = values.previous ? path.resolve(values.previous) : undefined
const result = await buildSite({ root, snapshotFile, outDir, previous }).catch(async (error: unknown) => {
  await report({
    ok: false,
    error: `The site build stopped: ${error instanceof Error ? error.message : String(error)}`,
  })
  throw error
})
await report({ ok: true, ...result, snapshotSeconds })
const total = (performance.now() - started) / 1000
console.log(
  [
    `Built the public site in ${total.toFixed(1)} s: ${result.pages} pages, ${(result.pages / result.astroSeconds).toFixed(0)} pages per second (Astro), ${result.files} files in ${path.relative(process.cwd(), outDir) || '.'}.`,
    'fullBuild' in result.incremental
      ? `  a full build: ${result.incremental.fullBuild}`
      : `  incremental: ${result.incremental.changedRecords} records changed, ${result.incremental.rendered} pages rendered, ${result.incremental.reused} linked from the last build`,
    `  snapshot ${snapshotSeconds.toFixed(1)} s, Astro ${result.astroSeconds.toFixed(1)} s, then waiting for Pagefind ${result.pagefindSeconds.toFixed(1)} s (${result.indexedPages} records, indexed beside the rest)`,
    `  beside Astro, in their own process: calendar feeds, ${result.feeds.files} files in ${result.feeds.seconds.toFixed(1)} s; open data, ${result.openData.files} files, ${(result.openData.bytes / 1024 / 1024).toFixed(1)} MiB in ${result.openData.seconds.toFixed(1)} s (Open Referral UK, /api/ and /open-data/); waited for after Astro ${result.dataFilesWaitSeconds.toFixed(1)} s`,
    `  postcode lookups: ${result.postcodes.outcodes} outcodes, ${result.postcodes.postcodes} postcodes from ${result.postcodes.source}`,
  ].join('\n'),
)
process.exit(0)
