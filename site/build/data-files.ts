/**
 * The build's data files, beside the pages: the calendar feeds (site/build/calendar-feeds.ts)
 * and the Open Referral UK export (site/build/open-referral-export.ts), from the same snapshot and
 * date as the pages. They need nothing Astro makes, so the build writes them in a process of their
 * own (site/build/write-data-files.ts) while Astro renders, on the machine's other core, into a
 * folder of their own that the build then moves in beside the pages. At 5,000 services that took
 * 25 s off a build that had written them after Astro.
 */
import { fork } from 'node:child_process'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openReferralDataset } from '../../core/open-referral/index.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { buildDirectory } from '../directory/directory.ts'
import { writeOpenReferralExport } from './open-referral-export.ts'
import { forEachLimit } from '../../core/files/for-each-limit.ts'
import { eachCalendarFileOf } from './calendar-feeds.ts'

export interface DataFilesJob {
  snapshotFile: string
  /** The folder to write into: calendars/, api/ and open-data/ go under it. */
  outDir: string
  /** The London date the build is for. */
  today: string
  siteUrl: string
  /** The council's region, for Open Referral addresses. */
  region: string
  /** A file per service and per service at a location in the export (SITE_API_RECORD_FILES). */
  apiRecordFiles: boolean
}

export interface DataFilesResult {
  /** The calendar feeds: how many files and how long. */
  feeds: { files: number; seconds: number }
  /** The Open Referral UK export: files, bytes and seconds. */
  openData: { files: number; bytes: number; seconds: number }
}

/**
 * Write files under a folder, making the folders they need, 64 at a time as they come (so a
 * generator's files are never all held at once); returns how many.
 */
export const writeOutputFiles = async (
  dir: string,
  files: Iterable<{ path: string; contents: string }>,
): Promise<number> => {
  const folders = new Map<string, Promise<unknown>>()
  let written = 0
  await forEachLimit(files, 64, async (file) => {
    const target = path.join(dir, file.path)
    const folder = path.dirname(target)
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }))
    await folders.get(folder)
    await writeFile(target, file.contents)
    written += 1
  })
  return written
}

/** Write the calendar feeds and the open data of a snapshot, in this process. */
export const writeDataFiles = async (job: DataFilesJob): Promise<DataFilesResult> => {
  const snapshot = parseSnapshot(JSON.parse(await readFile(job.snapshotFile, 'utf8')))
  const feedsStarted = performance.now()
  const feedFiles = await writeOutputFiles(
    job.outDir,
    eachCalendarFileOf(buildDirectory(snapshot, job.today), job.siteUrl),
  )
  const feeds = { files: feedFiles, seconds: (performance.now() - feedsStarted) / 1000 }
  const openDataStarted = performance.now()
  const dataset = openReferralDataset(snapshot, { siteUrl: job.siteUrl, today: job.today, region: job.region })
  const exported = await writeOpenReferralExport(job.outDir, dataset, { recordFiles: job.apiRecordFiles })
  return { feeds, openData: { ...exported, seconds: (performance.now() - openDataStarted) / 1000 } }
}

const WORKER = path.resolve(import.meta.dirname, 'write-data-files.ts')

/**
 * The data process's heap, in MiB, from its snapshot's size: about 16 times the file, at least
 * 768 MiB. Node's own limit on a large machine (about 4 GiB) let garbage pile up to 2.7 GiB at
 * 20,000 services (a 68 MB snapshot); held to 1 GiB it peaked at 1.2 GiB, 14 s slower alone.
 * SITE_DATA_HEAP_MIB overrides it.
 */
export const dataFilesHeapMiB = (snapshotBytes: number, env: NodeJS.ProcessEnv = process.env): number => {
  const set = env.SITE_DATA_HEAP_MIB?.trim()
  if (set) {
    if (!/^\d+$/.test(set) || Number(set) < 256)
      throw new Error(`SITE_DATA_HEAP_MIB "${set}" is not a number of MiB of at least 256.`)
    return Number(set)
  }
  return Math.max(768, Math.ceil((snapshotBytes / 2 ** 20) * 16))
}

/**
 * Start writing the data files in a process of their own; the promise gives what was written,
 * or fails with the process's error (its message names the record or file, as in this process).
 */
export const startDataFiles = async (job: DataFilesJob): Promise<DataFilesResult> => {
  const heap = dataFilesHeapMiB((await stat(job.snapshotFile)).size)
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], {
      execArgv: ['--import', 'tsx', `--max-old-space-size=${heap}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: process.env,
    })
    let answer: { ok: true; result: DataFilesResult } | { ok: false; error: string } | undefined
    child.on('message', (message) => (answer = message as typeof answer))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (answer?.ok) resolve(answer.result)
      else
        reject(
          new Error(
            answer
              ? answer.error
              : `The calendar feeds and open data could not be written: their process stopped (${signal ?? `exit code ${code}`}).`,
          ),
        )
    })
    child.send(job)
  })
}
