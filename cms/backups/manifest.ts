/**
 * manifest.json, the last entry of a backup archive: the format, when it was made, the database's
 * kind and row counts, and every other file of the archive with its size and sha256. A restore
 * reads the whole archive against it before it changes anything. Pure: no I/O.
 */
import { z } from 'zod'
import { BackupError } from './backup-error.ts'

export const ARCHIVE_FORMAT = 'family-hub-directory-backup'
/** Raise when a restore of this version could not read an archive in the new layout. */
export const ARCHIVE_FORMAT_VERSION = 1
export const MANIFEST_PATH = 'manifest.json'
export const SQLITE_ARCHIVE_PATH = 'database/family-hub.db'
export const MONGODB_INDEXES_PATH = 'database/indexes.json'
export const MEDIA_PREFIX = 'media/'

/** Where a MongoDB collection's documents are in the archive (one EJSON document a line). */
export const mongoCollectionPath = (collection: string): string => `database/${encodeURIComponent(collection)}.jsonl`

const count = z.number().int().nonnegative()
export const archiveFileSchema = z.object({
  path: z.string().min(1),
  size: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 hexadecimal digits'),
})
export type ArchiveFile = z.infer<typeof archiveFileSchema>

export const databaseKindSchema = z.enum(['sqlite', 'mongodb'])
export type DatabaseKind = z.infer<typeof databaseKindSchema>

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  product: z.object({ name: z.string(), version: z.string() }),
  /** Rows per table (SQLite) or documents per collection (MongoDB), as in the archive. */
  database: z.object({ kind: databaseKindSchema, counts: z.record(z.string(), count) }),
  files: z.array(archiveFileSchema),
})
export type Manifest = z.infer<typeof manifestSchema>

/** An archive path a restore accepts: the manifest, or a relative path under database/ or media/. */
export const isArchivePath = (entryPath: string): boolean =>
  entryPath === MANIFEST_PATH ||
  ((entryPath.startsWith('database/') || entryPath.startsWith(MEDIA_PREFIX)) &&
    !entryPath.includes('\\') &&
    !entryPath.includes('\0') &&
    entryPath.split('/').every((part) => part !== '' && part !== '.' && part !== '..'))

const issuePath = (path: PropertyKey[]): string =>
  path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  )

/** Read manifest.json, or say why the archive is not one this version can restore. */
export const parseManifest = (text: string, archive: string): Manifest => {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BackupError(`${archive} is not a Family Hub Directory backup: its manifest.json is not JSON.`)
  }
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  if (fields.format !== ARCHIVE_FORMAT)
    throw new BackupError(
      `${archive} is not a Family Hub Directory backup: its manifest.json does not say format "${ARCHIVE_FORMAT}".`,
    )
  const version = fields.formatVersion
  if (typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION)
    throw new BackupError(
      `${archive} is a backup in archive format ${version}, made by a newer Family Hub Directory; this version restores format ${ARCHIVE_FORMAT_VERSION} and older. ` +
        'Update the product, then restore.',
    )
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new BackupError(
      `${archive} has a damaged manifest.json: ${issuePath(issue.path) || 'the manifest'}: ${issue.message}. Use another backup.`,
    )
  }
  return parsed.data
}

/** The files a manifest must list for its database, besides media. */
export const databaseFiles = (database: Manifest['database']): string[] =>
  database.kind === 'sqlite'
    ? [SQLITE_ARCHIVE_PATH]
    : [...Object.keys(database.counts).map(mongoCollectionPath), MONGODB_INDEXES_PATH]

export interface FoundFile {
  size: number
  sha256: string
}

/**
 * Every difference between the files a manifest lists and the files read from the archive, as
 * sentences naming the file; empty when the archive holds exactly what its manifest says.
 */
export const archiveProblems = (
  manifest: Manifest,
  found: ReadonlyMap<string, FoundFile>,
  duplicates: readonly string[] = [],
): string[] => {
  const problems: string[] = []
  const listed = new Map(manifest.files.map((file) => [file.path, file]))
  for (const file of databaseFiles(manifest.database))
    if (!listed.has(file))
      problems.push(`the manifest does not list ${file}, which a ${manifest.database.kind} backup holds`)
  for (const path of duplicates) problems.push(`${path} is in the archive more than once`)
  for (const file of manifest.files) {
    if (!isArchivePath(file.path) || file.path === MANIFEST_PATH) {
      problems.push(`the manifest lists ${file.path}, which is not a path a backup holds`)
      continue
    }
    const got = found.get(file.path)
    if (!got) problems.push(`${file.path} is listed in the manifest but missing from the archive`)
    else if (got.size !== file.size)
      problems.push(`${file.path} is ${got.size} bytes, not the ${file.size} its manifest says`)
    else if (got.sha256 !== file.sha256)
      problems.push(`${file.path} does not match its sha256 checksum in the manifest`)
  }
  for (const path of found.keys())
    if (!listed.has(path)) problems.push(`${path} is in the archive but not in its manifest`)
  return problems
}

/** Differences between the counts a backup recorded and those found after a restore (absent is 0). */
export const countDifferences = (expected: Record<string, number>, actual: Record<string, number>): string[] =>
  [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
    .sort()
    .filter((name) => (expected[name] ?? 0) !== (actual[name] ?? 0))
    .map((name) => `${name}: ${expected[name] ?? 'none'} in the backup, ${actual[name] ?? 'none'} restored`)

/** Counts as aligned lines, largest first: "  services            72". */
export const formatCounts = (counts: Record<string, number>, indent = '  '): string => {
  const names = Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b))
  const width = Math.max(0, ...names.map((name) => name.length))
  return names.map((name) => `${indent}${name.padEnd(width)} ${String(counts[name]).padStart(7)}`).join('\n')
}

/** "services (72), hubs (12) and 3 more": what a database holds, for a refusal. */
export const summariseCounts = (counts: Record<string, number>, most = 5): string => {
  const names = Object.keys(counts)
    .filter((name) => counts[name]! > 0)
    .sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b))
  const shown = names.slice(0, most).map((name) => `${name} (${counts[name]})`)
  const rest = names.length - shown.length
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ')
}
