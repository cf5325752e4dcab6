/**
 * The open-data export of a real build from the CMS: nothing but what is published reaches the
 * built site. Drafts (a new one, and one saved over a published service and over a published
 * session), staff-only fields (internal notes, a hub's staff contact, who reviewed a service),
 * users and problem reports carry a unique marker; after a full site build (Astro, Pagefind, the
 * Open Referral export), no file in the output holds it, Pagefind's compressed index included. A
 * published value is found by the same search, so the search itself is proven to look. And the
 * Open Referral ids are the same in two builds from the database, and after a record is renamed.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPublishedSnapshot } from '../../cms/publishing/published-snapshot.ts'
import { openReferralDataset, openReferralId } from '../../core/open-referral/index.ts'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { seedDirectory } from '../../cms/demo/load.ts'
import { buildSite } from '../../site/build/build-site.ts'
import { startPayload, type TestPayload } from './helpers/payload.ts'

const MARKER = 'ZQXMARKER9f41'
const root = path.resolve(import.meta.dirname, '../..')

let t: TestPayload
let payload: Payload
beforeAll(async () => {
  t = await startPayload()
  payload = t.payload
  await seedDirectory(payload, { demoUsers: false })
}, 600_000)
afterAll(async () => t?.close())

/** Every file under a folder, gzip-compressed ones (Pagefind's index) decompressed. */
const textsUnder = (dir: string): { file: string; text: string }[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name)
      let bytes = readFileSync(file)
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
      return { file: path.relative(dir, file), text: bytes.toString('utf8') }
    })

const one = async <C extends 'services' | 'sessions' | 'hubs' | 'organisations'>(collection: C, where: Where = {}) =>
  (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })).docs[0]!

describe('the built site, open data included', () => {
  it('holds no draft, staff-only value, user or problem report anywhere', async () => {
    const provider = await one('organisations')
    const hub = await one('hubs')
    const published = await one('services', { slug: { equals: 'stay-and-play' } })
    const otherPublished = await one('services', { slug: { not_equals: 'stay-and-play' } })
    const session = await one('sessions')

    // A new service never published, and drafts saved over a published service and session.
    await payload.create({
      collection: 'services',
      draft: true,
      data: {
        name: `New draft ${MARKER}`,
        slug: 'new-draft-marker',
        summary: `Summary ${MARKER}`,
        provider: provider.id,
        access: { methods: ['drop-in'] },
        _status: 'draft',
      },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'services',
      id: published.id,
      draft: true,
      data: { description: `Draft description ${MARKER}` },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'sessions',
      id: session.id,
      draft: true,
      data: { bookingNotes: `Draft booking notes ${MARKER}` },
      overrideAccess: true,
    })
    // Staff-only fields on published records, published.
    const reviewer = await payload.create({
      collection: 'users',
      data: {
        email: `reviewer-${MARKER.toLowerCase()}@example.org`,
        password: 'a-long-test-password-1',
        name: `Reviewer ${MARKER}`,
        role: 'admin',
      },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'services',
      id: otherPublished.id,
      data: { internalNotes: `Internal ${MARKER}`, checkedBy: reviewer.id, _status: 'published' },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'hubs',
      id: hub.id,
      data: {
        internalNotes: `Hub note ${MARKER}`,
        staffContact: { name: `Staff ${MARKER}`, email: `staff-${MARKER.toLowerCase()}@example.org` },
      },
      overrideAccess: true,
    })
    // A parent's report about a service.
    await payload.create({
      collection: 'problem-reports',
      data: {
        service: otherPublished.id,
        topic: 'times',
        details: `Report ${MARKER}`,
        reporterName: `Parent ${MARKER}`,
        reporterEmail: `parent-${MARKER.toLowerCase()}@example.org`,
        status: 'open',
      },
      overrideAccess: true,
    })

    const dir = mkdtempSync(path.join(tmpdir(), 'open-data-build-'))
    const snapshotFile = path.join(dir, 'snapshot.json')
    writeFileSync(snapshotFile, JSON.stringify(await readPublishedSnapshot(payload)))
    const out = path.join(dir, 'site')
    // With a file per service and per service at a location too, so that every kind of document is searched.
    process.env.SITE_API_RECORD_FILES = 'true'
    const built = await buildSite({ root, snapshotFile, outDir: out }).finally(
      () => delete process.env.SITE_API_RECORD_FILES,
    )
    expect(built.openData.files).toBeGreaterThan(300)

    const texts = textsUnder(out)
    const leaks = texts.filter((t) => t.text.toLowerCase().includes(MARKER.toLowerCase())).map((t) => t.file)
    expect(leaks).toEqual([])
    // The same search finds what is published: the live name of the service drafted over, in the
    // Open Referral export, the bulk file and Pagefind's (compressed) fragments.
    const found = texts.filter((t) => t.text.includes(String(otherPublished.name))).map((t) => t.file)
    expect(found).toContain(`api/services/${openReferralId('services', otherPublished.id)}.json`)
    expect(found).toContain('open-data/open-referral-uk.json')
    expect(found.some((f) => f.startsWith('pagefind/fragment/'))).toBe(true)
    // Every schedule's link is an iCalendar file the build wrote (a closed service's have none).
    const bulk = JSON.parse(readFileSync(path.join(out, 'open-data/open-referral-uk.json'), 'utf8')) as {
      services: { schedules: { schedule_link?: string }[] }[]
    }
    const links = bulk.services.flatMap((s) =>
      s.schedules.flatMap((x) => (x.schedule_link ? [new URL(x.schedule_link).pathname] : [])),
    )
    expect(links.length).toBeGreaterThan(200)
    const missing = links.filter((p) => !texts.some((t) => `/${t.file}` === p))
    expect(missing).toEqual([])
  }, 300_000)
})

describe('Open Referral ids of a real database', () => {
  const ids = async () => {
    const dataset = openReferralDataset(parseSnapshot(await readPublishedSnapshot(payload)), {
      siteUrl: 'https://families.example.org',
      today: '2027-02-10',
      region: 'Cheshire',
    })
    return {
      services: dataset.services.map((s) => [s.name, s.id]),
      locations: dataset.services.flatMap((s) =>
        s.service_at_locations.map((l) => [l.location.name, l.id, l.location.id]),
      ),
      schedules: dataset.services.flatMap((s) => s.schedules.map((x) => x.id)),
      terms: dataset.taxonomyTerms.map((x) => [x.name, x.id]),
    }
  }

  it('are the same in two builds, and a renamed service keeps its id', async () => {
    const first = await ids()
    expect(await ids()).toEqual(first)
    const service = await one('services', { slug: { equals: 'baby-massage' } })
    await payload.update({
      collection: 'services',
      id: service.id,
      data: { name: 'Baby Massage Course', _status: 'published' },
      overrideAccess: true,
    })
    const renamed = await ids()
    const before = first.services.find(([name]) => name === service.name)![1]
    expect(renamed.services.find(([name]) => name === 'Baby Massage Course')![1]).toBe(before)
    expect(renamed.schedules.sort()).toEqual([...first.schedules].sort())
  })
})
