import { describe, expect, it } from 'vitest'
import { parseSnapshot, type RawSnapshot } from '../../core/records/snapshot.ts'
import { generateSnapshot, generatedCounts } from './generate-snapshot.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'

const demo = (): RawSnapshot => readDemoSnapshot()

const slugsOf = (docs: readonly unknown[]): string[] => docs.map((d) => (d as { slug: string }).slug)

describe('a synthetic directory for benchmarks', () => {
  // The larger directories take seconds on a busy machine: their tests get 30 s, not the default 5 s.
  it('is the same, byte for byte, for the same size and seed, and different for another seed', () => {
    const once = JSON.stringify(generateSnapshot({ services: 300, seed: 7 }))
    const again = JSON.stringify(generateSnapshot({ services: 300, seed: 7 }))
    expect(again).toBe(once)
    expect(JSON.stringify(generateSnapshot({ services: 300, seed: 8 }))).not.toBe(once)
    expect(JSON.stringify(generateSnapshot({ services: 300 }))).toBe(
      JSON.stringify(generateSnapshot({ services: 300, seed: 1 })),
    )
  }, 30_000)

  it('does not depend on the clock: publishedAt is fixed unless given', () => {
    expect(generateSnapshot({ services: 10 }).publishedAt).toBe('2026-11-23T09:00:00.000Z')
    expect(generateSnapshot({ services: 10, publishedAt: '2027-01-04T08:00:00.000Z' }).publishedAt).toBe(
      '2027-01-04T08:00:00.000Z',
    )
  })

  it.each([50, 2000])(
    'passes the snapshot checks with %i services, with hubs, venues, sessions and articles in proportion',
    (services) => {
      const raw = generateSnapshot({ services, seed: 1 })
      const snapshot = parseSnapshot(raw)
      const expected = generatedCounts(services)
      expect(snapshot.services).toHaveLength(services)
      expect(snapshot.hubs).toHaveLength(Math.max(1, Math.round(services / 40)))
      expect(expected.hubs).toBe(snapshot.hubs.length)
      expect(snapshot.venues).toHaveLength(Math.round(services / 3))
      expect(snapshot.articles).toHaveLength(Math.min(200, Math.floor(services / 5)))
      // About 3 session series a service.
      expect(snapshot.sessions.length).toBeGreaterThan(services * 2.5)
      expect(snapshot.sessions.length).toBeLessThan(services * 3.5)
      // Every hub is somewhere, with a main venue that belongs to it.
      for (const hub of snapshot.hubs) {
        expect(hub.locality).not.toBe('')
        expect(snapshot.venues.find((v) => v.id === hub.mainVenue)?.hub).toBe(hub.id)
      }
    },
    30_000,
  )

  it('reuses the demo’s categories (same ids and slugs), organisations, bank holidays and term dates', () => {
    const raw = generateSnapshot({ services: 200 })
    const fixture = demo()
    const pick = (docs: readonly unknown[], keys: readonly string[]) =>
      docs.map((d) => Object.fromEntries(keys.map((k) => [k, (d as Record<string, unknown>)[k]])))
    expect(pick(raw.collections.categories, ['id', 'slug', 'parent'])).toEqual(
      pick(fixture.collections.categories, ['id', 'slug', 'parent']),
    )
    expect(pick(raw.collections.organisations, ['id', 'slug', 'type'])).toEqual(
      pick(fixture.collections.organisations, ['id', 'slug', 'type']),
    )
    const termsAndHolidays = (docs: readonly unknown[]) =>
      pick(docs, ['name', 'type', 'startDate', 'endDate']).filter((c) => c.type === 'term' || c.type === 'bank-holiday')
    expect(termsAndHolidays(raw.collections['term-dates'])).toEqual(termsAndHolidays(fixture.collections['term-dates']))
  })

  it('gives every page its own address: slugs are unique in every collection, and service names are distinct', () => {
    const raw = generateSnapshot({ services: 2000, seed: 3 })
    for (const collection of [
      'hubs',
      'venues',
      'services',
      'sessions',
      'articles',
      'categories',
      'organisations',
    ] as const) {
      const slugs = slugsOf(raw.collections[collection])
      expect(new Set(slugs).size, collection).toBe(slugs.length)
    }
    const names = raw.collections.services.map((s) => (s as { name: string }).name)
    expect(new Set(names).size).toBe(names.length)
  }, 30_000)

  it('has the demo’s kinds of timetable: weekly, fortnightly and monthly, term time and holidays, bank holidays, and dated exceptions', () => {
    const { sessions, services, venues } = parseSnapshot(generateSnapshot({ services: 2000 }))
    const share = (test: (s: (typeof sessions)[number]) => boolean) => sessions.filter(test).length / sessions.length
    expect(share((s) => s.freq === 'weekly' && s.interval === 1)).toBeGreaterThan(0.5)
    expect(share((s) => s.freq === 'weekly' && s.interval === 2)).toBeGreaterThan(0.03)
    expect(share((s) => s.freq === 'monthly')).toBeGreaterThan(0.1)
    expect(share((s) => s.termTime === 'term-time')).toBeGreaterThan(0.15)
    expect(share((s) => s.termTime === 'school-holidays')).toBeGreaterThan(0.01)
    expect(share((s) => s.runsOnBankHolidays)).toBeGreaterThan(0)
    expect(share((s) => s.exceptions.some((e) => e.kind === 'cancelled' && Boolean(e.reason)))).toBeGreaterThan(0.03)
    expect(share((s) => s.exceptions.some((e) => e.kind === 'extra'))).toBeGreaterThan(0)
    expect(share((s) => s.exceptions.some((e) => e.kind === 'changed'))).toBeGreaterThan(0)
    // Mostly free, some paid; drop in, booking and referral.
    expect(services.filter((s) => s.cost.free).length / services.length).toBeGreaterThan(0.8)
    expect(services.some((s) => !s.cost.free)).toBe(true)
    for (const method of ['drop-in', 'booking', 'referral', 'self-referral'] as const)
      expect(services.some((s) => s.access.methods.includes(method))).toBe(true)
    // Postcodes are the outcode and a valid inward code; venues are in England.
    for (const v of venues) {
      expect(v.postcode).toMatch(/^[A-Z]{1,2}\d{1,2} \d[ABDEFGHJLNPQRSTUWXYZ]{2}$/)
      expect(v.latitude).toBeGreaterThan(50)
      expect(v.latitude).toBeLessThan(55.5)
    }
  }, 30_000)
})
