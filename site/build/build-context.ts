/**
 * What every page of one build shares: the directory joined from the snapshot file, the date the
 * pages are built for and the site's public address. Read once per build (memoised), from:
 *   SNAPSHOT_FILE  the snapshot to build from (default data/snapshot.json)
 *   SITE_TODAY     the London date to build for, "2026-03-03" (default: today in London; tests pin it)
 *   SITE_URL       the public address, for canonical links, feeds and the sitemap (default http://localhost:4321)
 *   SITE_API_RECORD_FILES  "true": the static Open Referral export also writes a file per service and
 *                  per service at a location (default "false": the live API answers those addresses)
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isPlainDate, toPlainDate } from '../../core/dates/plain-date.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { buildDirectory, type Directory } from '../directory/directory.ts'
import { watchDirectory } from '../directory/page-reads.ts'

export interface BuildContext {
  directory: Directory
  siteUrl: string
  snapshotFile: string
  /** Whether the static export holds a file per service and per service at a location. */
  apiRecordFiles: boolean
}

let context: BuildContext | undefined

/** The London date to build for: SITE_TODAY when set (and valid), otherwise today. */
export const buildDate = (env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string => {
  const pinned = env.SITE_TODAY?.trim()
  if (pinned) {
    if (!isPlainDate(pinned))
      throw new Error(
        `SITE_TODAY "${pinned}" is not a date: use the form 2026-03-03, or leave it unset to build for today.`,
      )
    return pinned
  }
  return toPlainDate(now)!
}

/** The site's public address, without a trailing slash: SITE_URL, or http://localhost:4321. */
export const siteUrlOf = (env: NodeJS.ProcessEnv = process.env): string =>
  (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '')

/**
 * SITE_API_RECORD_FILES: whether the static export writes `api/services/<id>.json` and
 * `api/service_at_locations/...` (lists and records). Off by default: at county scale they are
 * 20,000 of the site's files (a 5,000-service directory), where some static hosts take 20,000 in
 * all, and the product's server answers those addresses from the bulk file. On, for a copy of the
 * site on a host without the live API and without a limit on files.
 */
export const apiRecordFilesOf = (env: NodeJS.ProcessEnv = process.env): boolean => {
  const value = env.SITE_API_RECORD_FILES?.trim().toLowerCase()
  if (!value || value === 'false' || value === '0') return false
  if (value === 'true' || value === '1') return true
  throw new Error(
    `SITE_API_RECORD_FILES "${env.SITE_API_RECORD_FILES}" is neither true nor false: set it to true to write a file per service and per service at a location in the static export, or leave it unset.`,
  )
}

export const buildContext = (): BuildContext => {
  if (context) return context
  const snapshotFile = path.resolve(process.env.SNAPSHOT_FILE ?? 'data/snapshot.json')
  let text: string
  try {
    text = readFileSync(snapshotFile, 'utf8')
  } catch {
    throw new Error(
      `No snapshot at ${snapshotFile}. Run "npm run snapshot" to write one from the CMS, or set SNAPSHOT_FILE.`,
    )
  }
  const snapshot = parseSnapshot(JSON.parse(text))
  const siteUrl = siteUrlOf()
  // Watched: while a page renders, what it reads is noted for the next, incremental build.
  context = {
    directory: watchDirectory(buildDirectory(snapshot, buildDate())),
    siteUrl,
    snapshotFile,
    apiRecordFiles: apiRecordFilesOf(),
  }
  return context
}
