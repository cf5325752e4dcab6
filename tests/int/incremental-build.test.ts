/**
 * The incremental build (site/build/build-site.ts with `previous`): after each kind of edit, a build
 * that lends unchanged pages from the last one gives exactly the files a full build of the same
 * snapshot gives, byte for byte, while rendering only some of the pages. On a generated directory
 * of 80 services, for the build date Wednesday 10 February 2027.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RawSnapshot } from '../../core/records/snapshot.ts'
import { generateSnapshot } from '../../tools/generate/generate-snapshot.ts'
import { buildSite, type BuildSiteResult } from '../../site/build/build-site.ts'

const root = path.resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'incremental-build-'))
// When the postcode lookups were written: the one line that differs between any two builds.
const STAMPED = new Set(['postcodes/index.json'])

const filesOf = (folder: string): Map<string, Buffer> =>
  new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
      .filter((f) => !f.startsWith('.build') && !STAMPED.has(f))
      .map((f) => [f, readFileSync(path.join(folder, f))]),
  )

/** The files that differ between two builds, or are in only one. */
const differences = (a: string, b: string): string[] => {
  const first = filesOf(a)
  const second = filesOf(b)
  return [...new Set([...first.keys(), ...second.keys()])]
    .filter((f) => !first.get(f)?.equals(second.get(f) ?? Buffer.alloc(0)) || !second.has(f))
    .sort()
}

type Collections = RawSnapshot['collections']
type Row = Record<string, unknown> & { id: number }
const rows = (c: Collections, name: keyof Collections) => c[name] as unknown as Row[]

// `share`: the most of the pages the edit may render again (dates move on every timetable with a closure).
const edits: { name: string; share: number; edit: (c: Collections) => void }[] = [
  {
    name: 'a session moves to another time and day, and a hub is renamed',
    share: 0.5,
    edit: (c) => {
      Object.assign(rows(c, 'sessions')[0]!, { opensAt: '08:45', days: ['WE'] })
      const hub = rows(c, 'hubs')[0]!
      hub.name = `${String(hub.name)} Centre`
    },
  },
  {
    name: 'a service is withdrawn with its sessions, another is added, one changes category',
    share: 0.5,
    edit: (c) => {
      const gone = rows(c, 'services')[6]!.id
      c.services = rows(c, 'services').filter((s) => s.id !== gone) as never
      c.sessions = rows(c, 'sessions').filter((s) => s.service !== gone) as never
      const model = rows(c, 'services')[8]!
      rows(c, 'services').push({ ...structuredClone(model), id: 90_001, name: 'Zebra Club', slug: 'zebra-club' })
      const session = structuredClone(rows(c, 'sessions').find((s) => s.service === model.id)!)
      rows(c, 'sessions').push({ ...session, id: 90_001, service: 90_001, slug: 'zebra-club-at-the-hub', title: null })
      rows(c, 'services')[3]!.categories = [rows(c, 'categories').at(-1)!.id]
    },
  },
  {
    name: 'a new closure on the calendar, and an article is rewritten',
    share: 0.75,
    edit: (c) => {
      rows(c, 'term-dates').push({
        id: 90_001,
        name: 'Staff training',
        type: 'closure',
        startDate: '2027-02-16T12:00:00.000Z',
        endDate: '2027-02-16T12:00:00.000Z',
        hubs: [],
        reason: 'Staff training day',
      })
      const article = rows(c, 'articles')[0]!
      article.summary = 'Rewritten for the test.'
    },
  },
]

describe('the incremental build', () => {
  const snapshotFile = (name: string, snapshot: RawSnapshot) => {
    const file = path.join(dir, `${name}.json`)
    writeFileSync(file, JSON.stringify(snapshot))
    return file
  }
  let first: string
  let base: RawSnapshot
  let firstBuild: BuildSiteResult

  beforeAll(async () => {
    process.env.SITE_TODAY = '2027-02-10'
    base = generateSnapshot({ services: 80, seed: 3 })
    first = path.join(dir, 'first')
    firstBuild = await buildSite({ root, snapshotFile: snapshotFile('first', base), outDir: first })
  }, 300_000)
  afterAll(async () => {
    delete process.env.SITE_TODAY
    await rm(dir, { recursive: true, force: true })
  })

  it('is a full build, saying why, without an earlier build or with one for another date', async () => {
    expect(firstBuild.incremental).toEqual({ fullBuild: 'no earlier build given' })
    process.env.SITE_TODAY = '2027-02-11'
    const other = await buildSite({
      root,
      snapshotFile: path.join(dir, 'first.json'),
      outDir: path.join(dir, 'next-day'),
      previous: first,
    })
    process.env.SITE_TODAY = '2027-02-10'
    expect(other.incremental).toEqual({
      fullBuild: 'the code, the date or the address changed since the earlier build',
    })
  }, 300_000)

  it('renders nothing again when nothing changed, and gives the same files', async () => {
    const again = await buildSite({
      root,
      snapshotFile: path.join(dir, 'first.json'),
      outDir: path.join(dir, 'same'),
      previous: first,
    })
    expect(again.incremental).toMatchObject({ changedRecords: 0, rendered: 0 })
    expect(differences(first, path.join(dir, 'same'))).toEqual([])
  }, 300_000)

  for (const [i, { name, share, edit }] of edits.entries())
    it(`gives a full build's files after an edit: ${name}`, async () => {
      const changed = structuredClone(base)
      edit(changed.collections)
      const file = snapshotFile(`edit-${i}`, changed)
      const incremental = await buildSite({
        root,
        snapshotFile: file,
        outDir: path.join(dir, `incremental-${i}`),
        previous: first,
      })
      const full = await buildSite({ root, snapshotFile: file, outDir: path.join(dir, `full-${i}`) })
      expect(incremental.incremental).toMatchObject({ changedRecords: expect.any(Number) as number })
      const { rendered, reused } = incremental.incremental as { rendered: number; reused: number }
      expect(reused).toBeGreaterThan(0)
      expect(rendered).toBeLessThan(full.pages * share)
      // Not a build that renders nothing: the edit shows.
      expect(rendered).toBeGreaterThan(0)
      expect(differences(path.join(dir, `incremental-${i}`), path.join(dir, `full-${i}`))).toEqual([])
      expect(differences(first, path.join(dir, `full-${i}`)).length).toBeGreaterThan(0)
    }, 300_000)
})
