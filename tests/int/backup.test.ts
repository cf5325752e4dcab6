/**
 * Backups: `npm run backup` of the demo directory and its images, made while the CMS has the
 * database open, restored by `npm run restore` into a new DATA_DIR, gives back every row of every
 * table (versions, relations, arrays, the id sequences) and every image byte for byte. A restore
 * refuses, and changes nothing, when the archive is damaged or missing, when the database is not
 * empty or is in use, and when the media folder holds files.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import sharp from 'sharp'
import { create, entries, WriteEntry } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseChoice } from '../../cms/database.ts'
import { MANIFEST_PATH, SQLITE_ARCHIVE_PATH, type Manifest } from '../../cms/backups/manifest.ts'
import { filesIn } from '../../cms/backups/media.ts'
import { restoreBackup } from '../../cms/backups/restore.ts'
import { createBackup } from '../../cms/backups/backup.ts'
import { seedDirectory } from '../../cms/demo/load.ts'
import { startPayload, type TestPayload } from './helpers/payload.ts'
import { tinyPng } from './helpers/world.ts'

let t: TestPayload
let work: string
let sourceDir: string
let sourceDb: string
let archive: string
let restoredDir: string
let backupRun: ReturnType<typeof run>
let restoreRun: ReturnType<typeof run>

const tsx = createRequire(import.meta.url).resolve('tsx/cli')

/** Run a command of the product as an operator would, with DATA_DIR (and DATABASE_URL) as given. */
const run = (script: string, args: string[], env: { DATA_DIR: string; DATABASE_URL?: string }) => {
  const { DATABASE_URL: _inherited, ...rest } = process.env
  const started = performance.now()
  const result = spawnSync(process.execPath, [tsx, script, ...args], { encoding: 'utf8', env: { ...rest, ...env } })
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    seconds: (performance.now() - started) / 1000,
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** Every table of a SQLite file, each row as JSON, sorted; and the schema (tables, indexes, triggers). */
const readDatabase = async (file: string) => {
  const client = createClient({ url: `file:${file}` })
  try {
    const schema = await client.execute(
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name",
    )
    const tables: Record<string, string[]> = {}
    for (const { name } of schema.rows.filter((row) => row.type === 'table')) {
      const result = await client.execute(`SELECT * FROM "${String(name)}"`)
      tables[String(name)] = result.rows
        .map((row) =>
          JSON.stringify(
            result.columns.map((_, i) => {
              const value = row[i]
              return value instanceof ArrayBuffer ? `blob:${Buffer.from(value).toString('hex')}` : value
            }),
          ),
        )
        .sort()
    }
    return { schema: schema.rows.map((row) => [row.type, row.name, row.tbl_name, row.sql]), tables }
  } finally {
    client.close()
  }
}

const readManifest = async (file: string): Promise<{ manifest: Manifest; paths: string[] }> => {
  const paths: string[] = []
  let manifest: Manifest | undefined
  for await (const entry of entries(readFileSync(file))) {
    paths.push(entry.path)
    if (entry.path === MANIFEST_PATH) manifest = JSON.parse(await entry.text()) as Manifest
  }
  return { manifest: manifest!, paths }
}

/** A copy of the archive with each file's bytes passed through `change`, the manifest as it was. */
const rewriteArchive = async (to: string, change: (entryPath: string, bytes: Uint8Array) => Uint8Array) => {
  const written: WriteEntry[] = []
  for await (const entry of entries(readFileSync(archive))) {
    if (entry.type !== 'File') continue
    written.push(new WriteEntry({ path: entry.path, mode: 0o644 }, change(entry.path, await entry.bytes())))
  }
  writeFileSync(to, Buffer.from(await new Response(create({ gzip: true }, written)).arrayBuffer()))
}

// Not chooseDatabase: cms/database.ts reads DATA_DIR (through cms/paths.ts) when it is imported,
// before startPayload sets it, and Payload's uploads would then go to the project's data/media.
const sqlite = (file: string): DatabaseChoice => ({ kind: 'sqlite', file, url: `file:${file}` })
const freshDir = (name: string) => path.join(work, name)
const sqliteTarget = (dir: string) => ({
  database: sqlite(path.join(dir, 'family-hub.db')),
  mediaDir: path.join(dir, 'media'),
})

beforeAll(async () => {
  t = await startPayload()
  sourceDir = process.env.DATA_DIR!
  sourceDb = process.env.DATABASE_URL!.slice('file:'.length)
  work = mkdtempSync(path.join(tmpdir(), 'family-hub-backup-test-'))
  await seedDirectory(t.payload, { demoUsers: true })
  // Images as staff upload them: a photo (Payload also writes its two smaller sizes) and a tiny logo.
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 0, g: 110, b: 80 } } })
    .png()
    .toBuffer()
  await t.payload.create({
    collection: 'media',
    data: { alt: 'The hall at the family hub' },
    file: { data: photo, mimetype: 'image/png', name: 'hall.png', size: photo.length },
    overrideAccess: true,
  })
  await t.payload.create({
    collection: 'media',
    data: { alt: 'Logo' },
    file: { data: tinyPng, mimetype: 'image/png', name: 'logo.png', size: tinyPng.length },
    overrideAccess: true,
  })

  // The backup runs while this process's Payload has the database open, as the CMS would.
  archive = path.join(work, 'backups', 'demo.tar.gz')
  backupRun = run('cms/bin/backup.ts', ['--out', archive], { DATA_DIR: sourceDir, DATABASE_URL: `file:${sourceDb}` })
  restoredDir = freshDir('restored')
  restoreRun = run('cms/bin/restore.ts', [archive], { DATA_DIR: restoredDir })
}, 240_000)

afterAll(async () => {
  await t?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('npm run backup', () => {
  it('writes one archive holding the database, every image and a manifest of counts and checksums', async () => {
    expect(backupRun.stderr).toBe('')
    expect(backupRun.code).toBe(0)
    expect(backupRun.stdout).toContain(`Backup written in`)
    expect(backupRun.stdout).toContain(archive)
    const { manifest, paths } = await readManifest(archive)
    const sourceMedia = await filesIn(path.join(sourceDir, 'media'))
    expect(sourceMedia.length).toBeGreaterThanOrEqual(4) // hall.png, its two sizes, logo.png
    expect(paths.sort()).toEqual(
      [MANIFEST_PATH, SQLITE_ARCHIVE_PATH, ...sourceMedia.map((file) => `media/${file}`)].sort(),
    )
    expect(manifest.database.kind).toBe('sqlite')
    const source = await readDatabase(sourceDb)
    expect(manifest.database.counts).toEqual(
      Object.fromEntries(
        Object.entries(source.tables)
          .filter(([name]) => !name.startsWith('sqlite_'))
          .map(([name, rows]) => [name, rows.length]),
      ),
    )
    expect(manifest.database.counts.services).toBeGreaterThanOrEqual(70)
    expect(manifest.database.counts.media).toBe(2)
    for (const file of sourceMedia) {
      const listed = manifest.files.find((f) => f.path === `media/${file}`)!
      expect(listed.sha256, file).toBe(sha256(readFileSync(path.join(sourceDir, 'media', file))))
    }
  })

  it('never writes over an earlier backup', async () => {
    const before = sha256(readFileSync(archive))
    await expect(
      createBackup({ database: sqlite(sourceDb), mediaDir: path.join(sourceDir, 'media'), out: archive }),
    ).rejects.toThrow(
      `${archive} already exists: a backup never writes over another. Choose another file with --out, or move that one aside.`,
    )
    expect(sha256(readFileSync(archive))).toBe(before)
    expect(readdirSync(path.dirname(archive))).toEqual([path.basename(archive)])
  })
})

describe('npm run restore into an empty DATA_DIR', () => {
  it('says what it restored', () => {
    expect(restoreRun.stderr).toBe('')
    expect(restoreRun.code).toBe(0)
    expect(restoreRun.stdout).toContain('every count matches its manifest')
    expect(restoreRun.stdout).toMatch(/^ {2}services +\d+$/m)
    expect(restoreRun.stdout).toContain('Media files: 4')
  })

  it('gives back every row of every table (ids, versions, relations, arrays) and the schema', async () => {
    const source = await readDatabase(sourceDb)
    const restored = await readDatabase(path.join(restoredDir, 'family-hub.db'))
    expect(Object.keys(source.tables).length).toBeGreaterThan(30)
    expect(Object.keys(source.tables)).toContain('_services_v')
    expect(Object.values(source.tables).reduce((n, rows) => n + rows.length, 0)).toBeGreaterThan(3000)
    expect(restored.schema).toEqual(source.schema)
    for (const [table, rows] of Object.entries(source.tables)) {
      expect(restored.tables[table]?.length, `${table} rows`).toBe(rows.length)
      expect(restored.tables[table], table).toEqual(rows)
    }
  })

  it('gives back every image byte for byte', async () => {
    const sourceMedia = await filesIn(path.join(sourceDir, 'media'))
    expect(await filesIn(path.join(restoredDir, 'media'))).toEqual(sourceMedia)
    for (const file of sourceMedia)
      expect(
        readFileSync(path.join(restoredDir, 'media', file)).equals(readFileSync(path.join(sourceDir, 'media', file))),
        file,
      ).toBe(true)
  })

  it('leaves nothing of its own behind', () => {
    expect(readdirSync(restoredDir).sort()).toEqual(['family-hub.db', 'media'])
  })

  it('also goes into a database that is migrated but holds nothing yet', async () => {
    const dir = freshDir('migrated-only')
    mkdirSync(dir)
    // Made in another process: in this one, a connection of @libsql/client stays open after
    // close() until its statements are garbage collected, and would hold the file in use.
    const made = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client'
         const client = createClient({ url: process.argv[1] })
         await client.execute('PRAGMA journal_mode = WAL')
         await client.execute('CREATE TABLE payload_migrations (id integer PRIMARY KEY, name text, batch numeric)')
         await client.execute("INSERT INTO payload_migrations (name, batch) VALUES ('20250101_000000_initial', 1)")`,
        `file:${path.join(dir, 'family-hub.db')}`,
      ],
      { encoding: 'utf8' },
    )
    expect(made.stderr).toBe('')
    const summary = await restoreBackup({ archive, ...sqliteTarget(dir) })
    expect(summary.counts.services).toBeGreaterThanOrEqual(70)
    expect((await readDatabase(path.join(dir, 'family-hub.db'))).tables).toEqual((await readDatabase(sourceDb)).tables)
  })
})

describe('a restore refuses, and changes nothing', () => {
  it('when the database already holds a directory, naming what it holds', async () => {
    const file = path.join(restoredDir, 'family-hub.db')
    const before = sha256(readFileSync(file))
    const refusal = await restoreBackup({ archive, ...sqliteTarget(restoredDir) }).catch(
      (error: unknown) => error as Error,
    )
    expect(refusal).toBeInstanceOf(Error)
    expect((refusal as Error).message).toMatch(
      new RegExp(`^The database ${file} is not empty: it holds sessions \\(\\d+\\), services \\(\\d+\\),`),
    )
    expect((refusal as Error).message).toContain(
      'set DATA_DIR to a new folder (or DATABASE_URL=file:/path/to/new.db), or move this file aside first. Nothing was changed.',
    )
    expect(sha256(readFileSync(file))).toBe(before)
    expect(readdirSync(restoredDir).sort()).toEqual(['family-hub.db', 'media'])
  })

  it('when the database is in use by a running CMS, saying to stop the product', async () => {
    await expect(
      restoreBackup({ archive, database: sqlite(sourceDb), mediaDir: path.join(sourceDir, 'media') }),
    ).rejects.toThrow(
      `The database ${sourceDb} is in use: the product (npm start, npm run dev) or another program has it open. Stop the product before restoring. Nothing was changed.`,
    )
    expect((await t.payload.count({ collection: 'services', overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(
      70,
    )
  })

  it('when the media folder holds files', async () => {
    const dir = freshDir('media-only')
    mkdirSync(path.join(dir, 'media'), { recursive: true })
    writeFileSync(path.join(dir, 'media', 'existing.png'), tinyPng)
    await expect(restoreBackup({ archive, ...sqliteTarget(dir) })).rejects.toThrow(
      `The media folder ${path.join(dir, 'media')} already holds 1 file (existing.png). A restore never writes over uploads`,
    )
    expect(readdirSync(dir)).toEqual(['media'])
    expect(readdirSync(path.join(dir, 'media'))).toEqual(['existing.png'])
  })

  it('when a file in the archive does not match its checksum, naming the file', async () => {
    const damaged = path.join(work, 'damaged.tar.gz')
    await rewriteArchive(damaged, (entryPath, bytes) => {
      if (entryPath !== 'media/logo.png') return bytes
      const changed = Uint8Array.from(bytes)
      changed[changed.length - 1] = changed.at(-1)! ^ 0xff
      return changed
    })
    const dir = freshDir('from-damaged')
    await expect(restoreBackup({ archive: damaged, ...sqliteTarget(dir) })).rejects.toThrow(
      `The backup archive ${damaged} is damaged: media/logo.png does not match its sha256 checksum in the manifest. Nothing was changed; use another backup.`,
    )
    expect(existsSync(dir)).toBe(false)
  })

  it('when the database file in the archive is missing', async () => {
    const without = path.join(work, 'without-database.tar.gz')
    const written: WriteEntry[] = []
    for await (const entry of entries(readFileSync(archive)))
      if (entry.type === 'File' && entry.path !== SQLITE_ARCHIVE_PATH)
        written.push(new WriteEntry({ path: entry.path }, await entry.bytes()))
    writeFileSync(without, Buffer.from(await new Response(create({ gzip: true }, written)).arrayBuffer()))
    await expect(restoreBackup({ archive: without, ...sqliteTarget(freshDir('x')) })).rejects.toThrow(
      `is damaged: ${SQLITE_ARCHIVE_PATH} is listed in the manifest but missing from the archive`,
    )
  })

  it('when the archive is cut short, is not an archive, is not a backup, or is not there', async () => {
    const dir = freshDir('never-made')
    const cut = path.join(work, 'cut.tar.gz')
    const bytes = readFileSync(archive)
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expect(restoreBackup({ archive: cut, ...sqliteTarget(dir) })).rejects.toThrow(
      `${cut} is not a readable backup archive: it is not a gzip file, or it is damaged or cut short.`,
    )

    const notArchive = path.join(work, 'notes.tar.gz')
    writeFileSync(notArchive, 'just some notes\n'.repeat(100))
    await expect(restoreBackup({ archive: notArchive, ...sqliteTarget(dir) })).rejects.toThrow(
      `${notArchive} is not a readable backup archive`,
    )

    const otherArchive = path.join(work, 'other.tar.gz')
    writeFileSync(
      otherArchive,
      Buffer.from(
        await new Response(create({ gzip: true }, [new WriteEntry({ path: 'media/a.png' }, tinyPng)])).arrayBuffer(),
      ),
    )
    await expect(restoreBackup({ archive: otherArchive, ...sqliteTarget(dir) })).rejects.toThrow(
      `${otherArchive} is not a Family Hub Directory backup: it has no manifest.json.`,
    )

    const missing = path.join(work, 'no-such-backup.tar.gz')
    await expect(restoreBackup({ archive: missing, ...sqliteTarget(dir) })).rejects.toThrow(
      `There is no backup archive at ${missing}.`,
    )
    expect(existsSync(dir)).toBe(false)
  })

  it('when the archive holds a database of the other kind', async () => {
    await expect(
      restoreBackup({
        archive,
        database: { kind: 'mongodb', url: 'mongodb://127.0.0.1:1/never-used' },
        mediaDir: path.join(freshDir('m'), 'media'),
      }),
    ).rejects.toThrow(
      `holds a sqlite database, but this product is set to use MongoDB (DATABASE_URL). Set DATABASE_URL to a file: path (or leave it empty) to restore it. Nothing was changed.`,
    )
  })
})
