/**
 * The parts of the incremental build that need no Astro: which records changed between two
 * snapshots, which pages must be rendered again from what they read, and which file Astro writes
 * for an address. (tests/int/incremental-build.test.ts checks whole builds against full ones.)
 */
import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { generateSnapshot } from '../../tools/generate/generate-snapshot.ts'
import { outputFileOf } from '../../site/build/build-plan.ts'
import { buildDirectory } from '../../site/directory/directory.ts'
import { answerDigest, TERM_DATES_KEY, pagesToRender, type PageReadsRecord } from '../../site/directory/page-reads.ts'
import { changedRecords } from '../../site/build/snapshot-diff.ts'

const TODAY = '2027-02-10'
type Row = { id: number; [field: string]: unknown }
type Rows = Record<
  'organisations' | 'categories' | 'hubs' | 'venues' | 'services' | 'sessions' | 'term-dates' | 'articles',
  Row[]
>
const raw = generateSnapshot({ services: 40, seed: 5 })
const rows = raw.collections as unknown as Rows
const before = parseSnapshot(raw)
const edited = (edit: (c: Rows) => void) => {
  const copy = structuredClone(raw)
  edit(copy.collections as unknown as Rows)
  return parseSnapshot(copy)
}

describe('the snapshot diff', () => {
  it('names each record added, removed or changed, and the calendar as a whole when an entry changes', () => {
    expect(changedRecords(before, parseSnapshot(structuredClone(raw)))).toEqual(new Set())
    const after = edited((c) => {
      c.sessions[0]!.bookingNotes = 'Bring a towel'
      c.services = c.services.filter((s) => s.id !== c.services[2]!.id)
      c.hubs.push({ ...structuredClone(c.hubs[0]!), id: 9001, slug: 'new-hub', name: 'New Hub' })
      c['term-dates'][0]!.name = 'Renamed holiday'
    })
    expect([...changedRecords(before, after)].sort()).toEqual(
      [
        `sessions:${rows.sessions[0]!.id}`,
        `services:${rows.services[2]!.id}`,
        'hubs:9001',
        `term-dates:${rows['term-dates'][0]!.id}`,
        TERM_DATES_KEY,
      ].sort(),
    )
  })
})

describe('which pages are rendered again', () => {
  const d = buildDirectory(before, TODAY)
  const service = d.services[0]!
  const page = (records: string[], questions: string[]): PageReadsRecord => ({
    records,
    answers: Object.fromEntries(questions.map((q) => [q, answerDigest(d, q)])),
    props: '',
  })
  const pages = {
    '/services/a/': page([`services:${service.id}`], [`sessionsOfService(${JSON.stringify([service.id])})`]),
    '/categories/x/': page([], [`servicesInCategory(${JSON.stringify([d.categories[0]!.id])})`]),
    '/hubs/': page([], ['hubs']),
    '/search/': { ...page([], []), memos: ['search'] },
  }
  const memos = { search: page([`services:${service.id}`], []) }

  it('none when nothing changed', () => {
    expect(pagesToRender(pages, memos, new Set(), d)).toEqual(new Set())
  })

  it('a page that read a changed record, and a page whose shared value read it', () => {
    expect(pagesToRender(pages, memos, new Set([`services:${service.id}`]), d)).toEqual(
      new Set(['/services/a/', '/search/']),
    )
  })

  it('a page whose question has another answer now, though no record it read changed', () => {
    const after = buildDirectory(
      edited((c) => c.hubs.push({ ...structuredClone(c.hubs[0]!), id: 9001, slug: 'new-hub', name: 'New Hub' })),
      TODAY,
    )
    expect(pagesToRender(pages, memos, new Set(['hubs:9001']), after)).toEqual(new Set(['/hubs/']))
  })

  it('a page that used a shared value the last build did not record', () => {
    expect(pagesToRender(pages, {}, new Set(), d)).toEqual(new Set(['/search/']))
  })
})

describe('the file Astro writes for an address', () => {
  it.each([
    ['/', 'index.html'],
    ['/services/stay-and-play/', 'services/stay-and-play/index.html'],
    ['/404/', '404.html'],
    ['/sitemap.xml', 'sitemap.xml'],
    ['/places/WA.json', 'places/WA.json'],
    ['/caf%C3%A9/', 'café/index.html'],
  ])('%s → %s', (address, file) => expect(outputFileOf(address)).toBe(file))
})
