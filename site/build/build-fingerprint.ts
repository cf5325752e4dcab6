/**
 * What every page of a build depends on besides the data: the code and settings that render it
 * (the site's and the core's source, Astro's configuration, the locked package versions, parents'
 * search words), the date the pages are built for, the public address and which files the static
 * export holds. Two builds with the
 * same fingerprint render the same data to the same pages, so the incremental build may lend
 * pages from one to the other; any other fingerprint means a full build.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { filesUnder } from '../../core/files/files-under.ts'

const SOURCES = ['site', 'core']
const FILES = ['astro.config.mjs', 'package-lock.json']
const SKIPPED = new Set(['node_modules', 'public'])

const sourcesUnder = async (root: string, folder: string): Promise<string[]> =>
  (await filesUnder(path.join(root, folder), SKIPPED)).map((file) => path.relative(root, file))

export const buildFingerprint = async (
  root: string,
  settings: { today: string; siteUrl: string; apiRecordFiles: boolean },
): Promise<string> => {
  const hash = createHash('sha256').update(JSON.stringify(settings))
  const files = [...FILES, ...(await Promise.all(SOURCES.map((f) => sourcesUnder(root, f)))).flat()].sort()
  for (const file of files)
    hash.update(`\0${file}\0`).update(await readFile(path.join(root, file)).catch(() => Buffer.from('missing')))
  return hash.digest('base64url')
}
