/**
 * The SQLite side of a backup: a consistent snapshot of the live file with VACUUM INTO (it runs
 * in a read transaction, so it works while the CMS is writing and includes what is still in the
 * WAL), row counts per table, and the checks a restore makes on its target. No Payload: Payload
 * caches one instance per process, and a restore must not open the database it replaces.
 */
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { createClient, type Client } from '@libsql/client'
import { BackupError, messageOf } from './backup-error.ts'
import { summariseCounts } from './manifest.ts'

/** Migration bookkeeping: a database that holds only this is empty (a migrated, never used one). */
const BOOKKEEPING = new Set(['payload_migrations'])

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`

const withClient = async <T>(file: string, use: (client: Client) => Promise<T>): Promise<T> => {
  const client = createClient({ url: `file:${file}` })
  try {
    return await use(client)
  } finally {
    client.close()
  }
}

const tableCounts = async (client: Client): Promise<Record<string, number>> => {
  const tables = await client.execute(
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  )
  const counts: Record<string, number> = {}
  for (const row of tables.rows) {
    const name = String(row.name)
    const result = await client.execute(`SELECT count(*) AS n FROM ${quoteName(name)}`)
    counts[name] = Number(result.rows[0]!.n)
  }
  return counts
}

/** Rows in each table of the file (SQLite's own tables aside). */
export const sqliteCounts = (file: string): Promise<Record<string, number>> => withClient(file, tableCounts)

/** Copy the live database at `source` to the new file `into`, consistently, while it may be in use. */
export const snapshotSqlite = async (source: string, into: string): Promise<void> => {
  if (!existsSync(source))
    throw new BackupError(
      `There is no SQLite database at ${source}: nothing to back up. Set DATA_DIR (or DATABASE_URL=file:/path/to/file.db) to the database to back up.`,
    )
  await withClient(source, async (client) => {
    // Wait for a writer as the CMS does, rather than fail at once.
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [into] })
  })
}

/** SQLite's own check of every page and index; throws naming the file when it is not "ok". */
export const checkSqliteIntegrity = async (file: string, what: string): Promise<void> => {
  const result = await withClient(file, (client) => client.execute('PRAGMA integrity_check'))
  const findings = result.rows.map((row) => String(Object.values(row)[0]))
  if (findings.join() !== 'ok')
    throw new BackupError(`${what} fails SQLite's integrity check: ${findings.slice(0, 3).join('; ')}.`)
}

/**
 * The tables that hold a collection's documents, for naming what a database holds: Payload keeps
 * a collection in a table of its name (services), its arrays and relations in tables named after
 * it (services_languages, services_rels), and versions in tables starting "_" (_services_v).
 */
export const collectionTables = (counts: Record<string, number>): Record<string, number> => {
  const names = Object.keys(counts)
  return Object.fromEntries(
    Object.entries(counts).filter(
      ([name]) => !name.startsWith('_') && !names.some((other) => other !== name && name.startsWith(`${other}_`)),
    ),
  )
}

const isBusy = (error: unknown): boolean => /SQLITE_BUSY|database is locked/i.test(messageOf(error))

/**
 * Whether a restore may write the SQLite database at `file`: it may when there is no file, or when
 * the file holds nothing but migration bookkeeping and no process has it open. Otherwise throws,
 * naming what the database holds or that it is in use, and changes nothing.
 */
export const checkSqliteTarget = async (file: string): Promise<'absent' | 'empty'> => {
  if (!existsSync(file)) {
    for (const leftover of [`${file}-wal`, `${file}-journal`])
      if (existsSync(leftover))
        throw new BackupError(`${leftover} is there without its database ${file}. Move it aside, then restore again.`)
    return 'absent'
  }
  // An exclusive lock is granted only when no other connection, in any process, has the file open
  // (in WAL mode each connection holds a shared lock while open). A product that is stopping can
  // take a moment to let go, so try for a second before saying it is in use. (Within one process,
  // a connection of @libsql/client stays open after close() until its statements are garbage
  // collected: the restore command opens this file first, so only its own process matters.)
  for (let attempt = 1; ; attempt++) {
    let client: Client | undefined
    try {
      client = createClient({ url: `file:${file}` })
      await client.execute('PRAGMA busy_timeout = 0')
      await client.execute('PRAGMA locking_mode = EXCLUSIVE')
      await client.execute('BEGIN EXCLUSIVE')
      const counts = await tableCounts(client)
      await client.execute('ROLLBACK')
      const held = Object.fromEntries(Object.entries(counts).filter(([name, n]) => n > 0 && !BOOKKEEPING.has(name)))
      if (Object.keys(held).length > 0) {
        const named = collectionTables(held)
        throw new BackupError(
          `The database ${file} is not empty: it holds ${summariseCounts(Object.keys(named).length > 0 ? named : held)}. A restore goes into an empty database, so that nothing saved is lost: ` +
            'set DATA_DIR to a new folder (or DATABASE_URL=file:/path/to/new.db), or move this file aside first. Nothing was changed.',
        )
      }
      return 'empty'
    } catch (error) {
      if (error instanceof BackupError) throw error
      if (!isBusy(error))
        throw new BackupError(
          `${file} cannot be read as a SQLite database (${messageOf(error)}). Move it aside, then restore again.`,
        )
      if (attempt >= 5)
        throw new BackupError(
          `The database ${file} is in use: the product (npm start, npm run dev) or another program has it open. Stop the product before restoring. Nothing was changed.`,
        )
    } finally {
      client?.close()
    }
    await sleep(200)
  }
}
