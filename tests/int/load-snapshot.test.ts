/**
 * A generated directory loads into the CMS the way real data does (the Local API, hooks and
 * validation): what the CMS then publishes is what was generated, record for record, with every
 * relationship pointing at the same record; a record the CMS refuses stops the load, named.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPublishedSnapshot } from '../../cms/publishing/published-snapshot.ts'
import type { Id } from '../../core/records/fields.ts'
import {
  parseSnapshot,
  snapshotCollections,
  snapshotKeyOf,
  type RawSnapshot,
  type Snapshot,
} from '../../core/records/snapshot.ts'
import { generateSnapshot } from '../../tools/generate/generate-snapshot.ts'
import { loadSnapshot } from '../../cms/demo/load-snapshot.ts'
import { startPayload, type TestPayload } from './helpers/payload.ts'

let t: TestPayload
let payload: Payload
beforeAll(async () => {
  t = await startPayload()
  payload = t.payload
}, 600_000)
afterAll(async () => t?.close())

/** Relationships, by field, and the collection they point into. */
const relations: Record<string, Record<string, string>> = {
  categories: { parent: 'categories' },
  hubs: { mainVenue: 'venues' },
  venues: { hub: 'hubs' },
  services: { provider: 'organisations', categories: 'categories', hubs: 'hubs' },
  sessions: { service: 'services', hub: 'hubs', venue: 'venues', provider: 'organisations' },
  articles: { relatedServices: 'services' },
  'term-dates': { hubs: 'hubs' },
}

/** A snapshot with ids replaced by what names a record (its slug, or a term date's name and start date), sorted: comparable across databases. */
const comparable = (snapshot: Snapshot) => {
  const nameOf = (collection: string, record: Record<string, unknown>) =>
    collection === 'term-dates' ? `${String(record.name)} ${String(record.startDate)}` : String(record.slug)
  const names = new Map<string, string>()
  for (const collection of snapshotCollections)
    for (const record of snapshot[snapshotKeyOf(collection)] as unknown as Record<string, unknown>[])
      names.set(`${collection} ${String(record.id)}`, nameOf(collection, record))
  const name = (collection: string, id: unknown) =>
    id == null ? null : (names.get(`${collection} ${String(id as Id)}`) ?? `missing ${collection} ${String(id)}`)
  return Object.fromEntries(
    snapshotCollections.map((collection) => [
      collection,
      (snapshot[snapshotKeyOf(collection)] as unknown as Record<string, unknown>[])
        .map((record) => {
          const { id: _id, updatedAt: _updatedAt, ...rest } = record
          for (const [field, target] of Object.entries(relations[collection] ?? {}))
            rest[field] = Array.isArray(rest[field])
              ? (rest[field] as unknown[]).map((v) => name(target, v)).sort()
              : name(target, rest[field])
          if (collection === 'sessions')
            rest.exceptions = (rest.exceptions as Record<string, unknown>[]).map((e) => ({
              ...e,
              venue: name('venues', e.venue),
            }))
          return rest
        })
        .sort((a, b) => nameOf(collection, a).localeCompare(nameOf(collection, b))),
    ]),
  )
}

describe('loading a generated directory', () => {
  it('publishes exactly what was generated, every relationship to the same record', async () => {
    const generated = generateSnapshot({ services: 60, seed: 3 })
    const counts = await loadSnapshot(payload, generated)
    expect(counts.services).toBe(60)
    expect(counts.sessions).toBe(generated.collections.sessions.length)
    const published = parseSnapshot(await readPublishedSnapshot(payload))
    expect(comparable(published)).toEqual(comparable(parseSnapshot(generated)))
  }, 300_000)

  it('stops at a record the CMS refuses, naming it and the reason', async () => {
    // Another directory beside the first (its slugs made its own), with one venue's postcode wrong.
    const generated = generateSnapshot({ services: 2, seed: 9 }) as RawSnapshot
    for (const collection of snapshotCollections)
      for (const record of generated.collections[collection] as Record<string, unknown>[])
        if (typeof record.slug === 'string') record.slug = `second-${record.slug}`
    const bad = generated.collections.venues[0] as Record<string, unknown>
    bad.postcode = 'NOT A POSTCODE'
    await expect(loadSnapshot(payload, generated)).rejects.toThrow(
      new RegExp(`The CMS refused venues ${String(bad.id)} \\(".+"\\): postcode: Postcode ".+" is not a UK postcode`),
    )
  }, 300_000)

  it('gives two sessions of a long service name at a long venue name slugs of their own', async () => {
    const longest = async (collection: 'services' | 'venues') =>
      (await payload.find({ collection, limit: 1000, depth: 0, overrideAccess: true })).docs.sort(
        (a, b) => String(b.slug).length - String(a.slug).length,
      )[0]!
    const [service, venue] = [await longest('services'), await longest('venues')]
    const hub = (await payload.find({ collection: 'hubs', limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    expect(`${String(service.slug)}-${String(venue.slug)}-we-1000`.length).toBeGreaterThan(96)
    const data = {
      service: service.id,
      hub: hub.id,
      venue: venue.id,
      freq: 'weekly',
      days: ['WE'],
      firstDate: '2027-01-06T12:00:00.000Z',
      opensAt: '10:00',
      closesAt: '11:00',
      _status: 'published',
    }
    const first = await payload.create({
      collection: 'sessions',
      data: data as never,
      overrideAccess: true,
      context: { skipPublish: true },
    })
    const second = await payload.create({
      collection: 'sessions',
      data: data as never,
      overrideAccess: true,
      context: { skipPublish: true },
    })
    expect(second.slug).not.toBe(first.slug)
    expect(second.slug).toMatch(/-2$/)
    expect(String(second.slug).length).toBeLessThanOrEqual(96)
  })
})
