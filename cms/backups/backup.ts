/**
 * Make a backup: a snapshot of the database (SQLite: VACUUM INTO; MongoDB: every collection as
 * EJSON), the media files, and their manifest, in one .tar.gz; then read the archive back and
 * check it against its manifest, so that a backup that says it is made can be restored.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import type { DatabaseChoice } from '../database.ts'
import { readArchive, writeArchive, type SourceFile } from './archive.ts'
import { BackupError } from './backup-error.ts'
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, SQLITE_ARCHIVE_PATH, type Manifest } from './manifest.ts'
import { mediaSources } from './media.ts'
import { dumpMongo } from './mongodb-backup.ts'
import { checkSqliteIntegrity, snapshotSqlite, sqliteCounts } from './sqlite-backup.ts'

export interface BackupOptions {
  database: DatabaseChoice
  /** The media collection's upload folder (DATA_DIR/media). */
  mediaDir: string
  /** The archive to write; it must not exist yet. */
  out: string
  now?: Date
}

export interface BackupSummary {
  out: string
  bytes: number
  manifest: Manifest
  seconds: number
}

/** The database's files for the archive, made in `staging`, and its counts. */
const snapshotDatabase = async (
  database: DatabaseChoice,
  staging: string,
): Promise<{ counts: Record<string, number>; files: SourceFile[] }> => {
  if (database.kind === 'mongodb') return dumpMongo(database.url, staging)
  const snapshot = path.join(staging, 'family-hub.db')
  await snapshotSqlite(database.file, snapshot)
  await checkSqliteIntegrity(snapshot, `The snapshot of ${database.file}`)
  return { counts: await sqliteCounts(snapshot), files: [{ path: SQLITE_ARCHIVE_PATH, absolute: snapshot }] }
}

export const createBackup = async ({
  database,
  mediaDir,
  out,
  now = new Date(),
}: BackupOptions): Promise<BackupSummary> => {
  const started = performance.now()
  if (existsSync(out))
    throw new BackupError(
      `${out} already exists: a backup never writes over another. Choose another file with --out, or move that one aside.`,
    )
  await mkdir(path.dirname(out), { recursive: true })
  // Beside the archive, not in /tmp (often small, or memory): the snapshot is as big as the database.
  const staging = await mkdtemp(path.join(path.dirname(out), '.family-hub-backup-'))
  try {
    const snapshot = await snapshotDatabase(database, staging)
    const manifest = await writeArchive(out, [...snapshot.files, ...(await mediaSources(mediaDir))], {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      createdAt: now.toISOString(),
      product: { name: packageJson.name, version: packageJson.version },
      database: { kind: database.kind, counts: snapshot.counts },
    })
    try {
      await readArchive(out)
    } catch (error) {
      await rm(out, { force: true })
      throw error
    }
    return { out, bytes: (await stat(out)).size, manifest, seconds: (performance.now() - started) / 1000 }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
