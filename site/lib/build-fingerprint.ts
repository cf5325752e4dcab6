/**
 * What every page of a build depends on besides the data: the code and settings that render it
 * (the site's and the schemas' source, Astro's configuration, the locked package versions, parents'
 * search words), the date the pages are built for, the public address and which files the static
 * export holds. Two builds with the
 * same fingerprint render the same data to the same pages, so the incremental build may lend
 * pages from one to the other; any other fingerprint means a full build.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

const SOURCES = ['site', 'schemas']
const FILES = ['astro.config.mjs', 'package-lock.json']
const SKIPPED = new Set(['node_modules', 'public'])

const filesUnder = async (root: string, folder: string): Promise<string[]> => {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile() && !path.relative(root, e.parentPath).split(path.sep).some((s) => SKIPPED.has(s)))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
}

export const buildFingerprint = async (root: string, settings: { today: string; siteUrl: string; apiRecordFiles: boolean }): Promise<string> => {
  const hash = createHash('sha256').update(JSON.stringify(settings))
  const files = [...FILES, ...(await Promise.all(SOURCES.map((f) => filesUnder(root, f)))).flat()].sort()
  for (const file of files) hash.update(`\0${file}\0`).update(await readFile(path.join(root, file)).catch(() => Buffer.from('missing')))
  return hash.digest('base64url')
}
