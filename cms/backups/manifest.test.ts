/**
 * Backup manifests: a restore recognises its own archives, refuses a newer format and a damaged
 * manifest naming the field, and finds every way the archive can differ from what it lists.
 */
import { describe, expect, it } from 'vitest'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  archiveProblems,
  countDifferences,
  isArchivePath,
  mongoCollectionPath,
  MONGODB_INDEXES_PATH,
  parseManifest,
  SQLITE_ARCHIVE_PATH,
  summariseCounts,
  type FoundFile,
  type Manifest,
} from './manifest.ts'
import { archiveName } from './archive-name.ts'
import { formatBytes, londonTime } from './report.ts'
import { collectionTables } from './sqlite-backup.ts'

const hashA = 'a'.repeat(64)
const hashB = 'b'.repeat(64)

const manifest = (overrides: Partial<Manifest> = {}): Manifest => ({
  format: ARCHIVE_FORMAT,
  formatVersion: ARCHIVE_FORMAT_VERSION,
  createdAt: '2026-03-03T14:05:00.000Z',
  product: { name: 'family-hub-directory', version: '0.1.0' },
  database: { kind: 'sqlite', counts: { services: 72, hubs: 12 } },
  files: [
    { path: SQLITE_ARCHIVE_PATH, size: 4096, sha256: hashA },
    { path: 'media/logo.png', size: 70, sha256: hashB },
  ],
  ...overrides,
})

const foundAsListed = (m: Manifest): Map<string, FoundFile> =>
  new Map(m.files.map((f) => [f.path, { size: f.size, sha256: f.sha256 }]))

describe('reading a manifest', () => {
  it('accepts the manifest a backup writes', () => {
    const m = manifest()
    expect(parseManifest(JSON.stringify(m), 'b.tar.gz')).toEqual(m)
  })

  it('says an archive of something else is not a backup', () => {
    expect(() => parseManifest('{"name":"some-package"}', 'b.tar.gz')).toThrow(
      'b.tar.gz is not a Family Hub Directory backup',
    )
    expect(() => parseManifest('not json', 'b.tar.gz')).toThrow('manifest.json is not JSON')
  })

  it('refuses a newer archive format, saying to update the product', () => {
    const newer = {
      ...manifest(),
      formatVersion: ARCHIVE_FORMAT_VERSION + 1,
      somethingNew: true,
      files: 'in another shape',
    }
    expect(() => parseManifest(JSON.stringify(newer), 'b.tar.gz')).toThrow(
      `archive format ${ARCHIVE_FORMAT_VERSION + 1}, made by a newer Family Hub Directory; this version restores format ${ARCHIVE_FORMAT_VERSION} and older. Update the product`,
    )
  })

  it('names the field of a damaged manifest', () => {
    const damaged = manifest()
    damaged.files[1]!.sha256 = 'xyz'
    expect(() => parseManifest(JSON.stringify(damaged), 'b.tar.gz')).toThrow(
      'damaged manifest.json: files[1].sha256: a sha256 is 64 hexadecimal digits',
    )
    expect(() =>
      parseManifest(JSON.stringify({ ...manifest(), database: { kind: 'postgres', counts: {} } }), 'b.tar.gz'),
    ).toThrow('database.kind')
  })
})

describe('checking an archive against its manifest', () => {
  it('finds nothing wrong when the archive holds exactly what is listed', () => {
    const m = manifest()
    expect(archiveProblems(m, foundAsListed(m))).toEqual([])
  })

  it('names a file whose checksum or size differs', () => {
    const m = manifest()
    const found = foundAsListed(m)
    found.set('media/logo.png', { size: 70, sha256: hashA })
    expect(archiveProblems(m, found)).toEqual(['media/logo.png does not match its sha256 checksum in the manifest'])
    found.set('media/logo.png', { size: 69, sha256: hashB })
    expect(archiveProblems(m, found)).toEqual(['media/logo.png is 69 bytes, not the 70 its manifest says'])
  })

  it('names a file that is missing, one the manifest does not list, and one that appears twice', () => {
    const m = manifest()
    const found = foundAsListed(m)
    found.delete('media/logo.png')
    found.set('media/extra.png', { size: 1, sha256: hashA })
    expect(archiveProblems(m, found, [SQLITE_ARCHIVE_PATH])).toEqual([
      `${SQLITE_ARCHIVE_PATH} is in the archive more than once`,
      'media/logo.png is listed in the manifest but missing from the archive',
      'media/extra.png is in the archive but not in its manifest',
    ])
  })

  it('needs the database files for the kind of database', () => {
    const sqliteWithout = manifest({ files: [{ path: 'media/logo.png', size: 70, sha256: hashB }] })
    expect(archiveProblems(sqliteWithout, foundAsListed(sqliteWithout))).toEqual([
      `the manifest does not list ${SQLITE_ARCHIVE_PATH}, which a sqlite backup holds`,
    ])
    const mongo = manifest({
      database: { kind: 'mongodb', counts: { services: 72, 'payload-preferences': 0 } },
      files: [
        { path: mongoCollectionPath('services'), size: 10, sha256: hashA },
        { path: MONGODB_INDEXES_PATH, size: 10, sha256: hashA },
      ],
    })
    expect(archiveProblems(mongo, foundAsListed(mongo))).toEqual([
      'the manifest does not list database/payload-preferences.jsonl, which a mongodb backup holds',
    ])
  })

  it('accepts only relative paths under database/ and media/, and the manifest', () => {
    for (const ok of ['manifest.json', 'database/family-hub.db', 'media/logo.png', 'media/2026/photo-320x240.jpg'])
      expect(isArchivePath(ok), ok).toBe(true)
    for (const bad of [
      '/etc/passwd',
      'media/../../x',
      'media/./x',
      'database//x',
      'other/file',
      'media\\x',
      'manifest.json/x',
      'media/',
    ])
      expect(isArchivePath(bad), bad).toBe(false)
  })

  it('keeps MongoDB collection names safe as file names', () => {
    expect(mongoCollectionPath('payload-preferences')).toBe('database/payload-preferences.jsonl')
    expect(isArchivePath(mongoCollectionPath('a/../b'))).toBe(true)
    expect(mongoCollectionPath('a/../b')).toBe('database/a%2F..%2Fb.jsonl')
  })
})

describe('counts', () => {
  it('names each table whose count differs after a restore, an absent table counting as empty', () => {
    expect(countDifferences({ services: 72, hubs: 12, media: 0 }, { services: 72, hubs: 12 })).toEqual([])
    expect(countDifferences({ services: 72, hubs: 12 }, { services: 71, hubs: 12, venues: 3 })).toEqual([
      'services: 72 in the backup, 71 restored',
      'venues: none in the backup, 3 restored',
    ])
  })

  it('summarises what a database holds, largest first', () => {
    expect(summariseCounts({ services: 72, hubs: 12, media: 0, venues: 30 })).toBe(
      'services (72), venues (30), hubs (12)',
    )
    expect(summariseCounts({ a: 1, b: 2, c: 3 }, 2)).toBe('c (3), b (2) and 1 more')
  })
})

describe('naming what a SQLite database holds', () => {
  it('names the collections, not the tables of their arrays, relations and versions', () => {
    expect(
      collectionTables({
        services: 72,
        services_rels: 361,
        services_languages: 110,
        _services_v: 75,
        site_builds: 2,
        problem_reports: 1,
        hubs: 14,
        hubs_facilities: 103,
      }),
    ).toEqual({ services: 72, site_builds: 2, problem_reports: 1, hubs: 14 })
  })
})

describe('the archive name', () => {
  it('is the London time: GMT in winter, BST in summer', () => {
    expect(archiveName(new Date('2026-01-15T14:05:00Z'))).toBe('family-hub-2026-01-15-1405.tar.gz')
    expect(archiveName(new Date('2026-07-15T23:30:00Z'))).toBe('family-hub-2026-07-16-0030.tar.gz')
    expect(londonTime('2026-07-15T23:30:00Z')).toBe('2026-07-16 00:30 London time')
  })
})

describe('sizes', () => {
  it('reads as bytes, KiB and MiB', () => {
    expect(formatBytes(70)).toBe('70 B')
    expect(formatBytes(1536)).toBe('1.5 KiB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MiB')
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MiB')
  })
})
