/**
 * Restore a backup into an empty database and an empty media folder. In order, and changing
 * nothing until the last steps:
 *  1. read the whole archive and check every file against its manifest;
 *  2. refuse a database of another kind, a database that is not empty or (SQLite) in use, and a
 *     media folder that holds files;
 *  3. unpack beside the data (checked again on the way), check the SQLite file's integrity;
 *  4. rename the media folder, then the database file, into place (MongoDB: insert the documents);
 *  5. count what was restored against the manifest.
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import type { DatabaseChoice } from '../database.ts'
import { readArchive } from './archive.ts'
import { BackupError, messageOf } from './backup-error.ts'
import { countDifferences, MEDIA_PREFIX, SQLITE_ARCHIVE_PATH, type Manifest } from './manifest.ts'
import { filesIn, mediaTotals } from './media.ts'
import { checkMongoTarget, mongoCounts, restoreMongo } from './mongodb-backup.ts'
import { checkSqliteIntegrity, checkSqliteTarget, sqliteCounts } from './sqlite-backup.ts'

export interface RestoreOptions {
  archive: string
  database: DatabaseChoice
  /** The media collection's upload folder (DATA_DIR/media). */
  mediaDir: string
}

export interface RestoreSummary {
  manifest: Manifest
  counts: Record<string, number>
  media: { files: number; bytes: number }
  seconds: number
}

const describe = (database: DatabaseChoice): string =>
  database.kind === 'sqlite' ? `the SQLite file ${database.file}` : 'MongoDB (DATABASE_URL)'

/** Rename, or copy and remove when the two are on different file systems. */
const move = async (from: string, to: string): Promise<void> => {
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await copyFile(from, to)
    await rm(from)
  }
}

/** Put the unpacked SQLite file at `file`: first under a temporary name beside it, then renamed. */
const placeSqlite = async (staged: string, file: string): Promise<void> => {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.restoring-${process.pid}`
  await move(staged, temporary)
  // The old file (if any) held nothing and nobody has it open (checkSqliteTarget): its WAL must
  // not be read as the new file's.
  await rm(`${file}-wal`, { force: true })
  await rm(`${file}-shm`, { force: true })
  await rename(temporary, file)
}

export const restoreBackup = async ({ archive, database, mediaDir }: RestoreOptions): Promise<RestoreSummary> => {
  const started = performance.now()
  const { manifest } = await readArchive(archive)
  if (manifest.database.kind !== database.kind)
    throw new BackupError(
      `${archive} holds a ${manifest.database.kind} database, but this product is set to use ${describe(database)}. ` +
        `Set DATABASE_URL to ${manifest.database.kind === 'sqlite' ? 'a file: path (or leave it empty)' : 'a mongodb:// URL'} to restore it. Nothing was changed.`,
    )
  if (database.kind === 'sqlite') await checkSqliteTarget(database.file)
  else await checkMongoTarget(database.url)
  const present = await filesIn(mediaDir)
  if (present.length > 0)
    throw new BackupError(
      `The media folder ${mediaDir} already holds ${present.length} file${present.length === 1 ? '' : 's'} (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', ...' : ''}). ` +
        'A restore never writes over uploads: set DATA_DIR to a new folder, or move the media folder aside. Nothing was changed.',
    )

  const dataDir = path.dirname(mediaDir)
  await mkdir(dataDir, { recursive: true })
  const staging = await mkdtemp(path.join(dataDir, '.restore-'))
  try {
    await readArchive(archive, { extractTo: staging })
    const stagedDatabase = path.join(staging, ...SQLITE_ARCHIVE_PATH.split('/'))
    if (database.kind === 'sqlite') await checkSqliteIntegrity(stagedDatabase, `The database in ${archive}`)
    const stagedMedia = path.join(staging, MEDIA_PREFIX.replace(/\/$/, ''))
    if (existsSync(stagedMedia)) {
      // Only empty folders can be there (checked above).
      await rm(mediaDir, { recursive: true, force: true })
      await move(stagedMedia, mediaDir)
    }
    try {
      if (database.kind === 'sqlite') await placeSqlite(stagedDatabase, database.file)
      else await restoreMongo(database.url, staging, manifest)
    } catch (error) {
      throw new BackupError(
        `The media files are restored in ${mediaDir}, but the database could not be: ${messageOf(error)} Move the media folder aside before restoring again.`,
      )
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }

  const counts = database.kind === 'sqlite' ? await sqliteCounts(database.file) : await mongoCounts(database.url)
  const differences = countDifferences(manifest.database.counts, counts)
  if (differences.length > 0)
    throw new BackupError(`The restored database does not match the backup: ${differences.slice(0, 3).join('; ')}.`)
  const media = mediaTotals(manifest)
  const restoredMedia = (await filesIn(mediaDir)).length
  if (restoredMedia !== media.files)
    throw new BackupError(
      `The backup holds ${media.files} media files, but ${mediaDir} holds ${restoredMedia} after the restore.`,
    )
  return { manifest, counts, media, seconds: (performance.now() - started) / 1000 }
}
