/**
 * The demo directory: loaded through the Local API (so every record passes the same validation
 * as a staff member's save), meeting the counts issue #2 asks for, and idempotent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { demoAccounts } from '../../cms/demo/demo-accounts.ts'
import { seedDirectory, type SeedCounts } from '../../cms/demo/load.ts'
import { startPayload, type TestPayload } from './helpers/payload.ts'

let t: TestPayload
let payload: Payload
let first: SeedCounts
beforeAll(async () => {
  t = await startPayload()
  payload = t.payload
  first = await seedDirectory(payload, { demoUsers: true })
}, 600_000)
afterAll(async () => t?.close())

const all = async <T = Record<string, unknown>>(collection: Parameters<Payload['find']>[0]['collection']) =>
  (await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs as T[]

describe('the demo directory', () => {
  it('has three localities, each with two family hubs, a zone and outreach', async () => {
    const hubs = await all<{ locality: string; type: string }>('hubs')
    for (const locality of ['East', 'South', 'West']) {
      const here = hubs.filter((h) => h.locality === locality)
      expect(
        here.filter((h) => h.type === 'family-hub' || h.type === 'child-and-family-centre').length,
        locality,
      ).toBeGreaterThanOrEqual(2)
      expect(here.filter((h) => h.type === 'zone').length, locality).toBeGreaterThanOrEqual(1)
    }
    expect(hubs.filter((h) => h.type === 'outreach').length).toBeGreaterThanOrEqual(3)
  })

  it('has at least 25 venues, 70 services from 8 providers, 200 session series and 20 articles', async () => {
    expect((await all('venues')).length).toBeGreaterThanOrEqual(25)
    const services = await all<{ provider: number; slug: string; _status: string }>('services')
    expect(services.length).toBeGreaterThanOrEqual(70)
    expect(new Set(services.map((s) => s.provider)).size).toBeGreaterThanOrEqual(8)
    expect(services.every((s) => s._status === 'published')).toBe(true)
    expect((await all('sessions')).length).toBeGreaterThanOrEqual(200)
    expect((await all('articles')).length).toBeGreaterThanOrEqual(20)
  })

  it('offers the services families look for', async () => {
    const slugs = new Set((await all<{ slug: string }>('services')).map((s) => s.slug))
    for (const slug of [
      'stay-and-play',
      'baby-group',
      'toddler-group',
      'antenatal-clinic',
      'health-visitor-drop-in',
      'infant-feeding-support',
      'baby-massage',
      'creche',
      'positive-parenting-course',
      'speech-and-language-drop-in',
      'citizens-advice-family-hub',
      'sendiass-drop-in',
      'library-rhymetime',
      'young-parents-group',
      'dads-group',
      'perinatal-mental-health-group',
    ])
      expect(slugs.has(slug), slug).toBe(true)
  })

  it('has weekly, fortnightly, monthly, term-time and holiday timetables with cancellations', async () => {
    type S = {
      freq: string
      interval: number
      days: string[]
      weeksOfMonth: string[]
      termTime: string
      exceptions: { kind: string; reason?: string }[]
    }
    const sessions = await all<S>('sessions')
    const some = (test: (s: S) => boolean) => sessions.some(test)
    expect(some((s) => s.freq === 'weekly' && s.interval === 1)).toBe(true)
    expect(some((s) => s.freq === 'weekly' && s.interval === 2)).toBe(true)
    expect(some((s) => s.freq === 'monthly' && s.days.includes('TU') && s.weeksOfMonth.includes('2'))).toBe(true)
    expect(some((s) => s.freq === 'monthly' && s.days.includes('FR') && s.weeksOfMonth.includes('-1'))).toBe(true)
    expect(some((s) => s.termTime === 'term-time')).toBe(true)
    expect(some((s) => s.termTime === 'school-holidays')).toBe(true)
    const cancellations = sessions.flatMap((s) => s.exceptions ?? []).filter((e) => e.kind === 'cancelled')
    expect(cancellations.length).toBeGreaterThanOrEqual(10)
    expect(cancellations.every((e) => (e.reason ?? '').length > 0)).toBe(true)
  })

  it('has bank holidays for England and Wales 2025-2028 and school terms for 2025-26 and 2026-27', async () => {
    const entries = await all<{ type: string; startDate: string; endDate: string }>('term-dates')
    const bankHolidays = entries.filter((e) => e.type === 'bank-holiday')
    for (const year of ['2025', '2026', '2027', '2028'])
      expect(bankHolidays.filter((e) => e.startDate.startsWith(year)).length, year).toBe(8)
    expect(bankHolidays.some((e) => e.startDate.startsWith('2026-12-28'))).toBe(true) // Boxing Day substitute
    const terms = entries.filter((e) => e.type === 'term')
    expect(terms.some((e) => e.startDate.startsWith('2025-09'))).toBe(true)
    expect(terms.some((e) => e.endDate.startsWith('2027-07'))).toBe(true)
  })

  it('has one demo account per role', async () => {
    const users = await all<{ email: string; role: string }>('users')
    for (const a of demoAccounts) expect(users.find((u) => u.email === a.email)?.role).toBe(a.role)
  })
})

describe('seeding again', () => {
  it('duplicates nothing', async () => {
    const totals = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.keys(first).map(async (c) => [
            c,
            (await payload.count({ collection: c as 'hubs', overrideAccess: true })).totalDocs,
          ]),
        ),
      )
    const before = await totals()
    const again = await seedDirectory(payload, { demoUsers: true })
    for (const [collection, c] of Object.entries(again)) {
      expect(c.created, collection).toBe(0)
      expect(c.existing, collection).toBe(first[collection]!.created)
    }
    expect(await totals()).toEqual(before)
  }, 600_000)

  it('creates no demo accounts in production', async () => {
    await payload.delete({
      collection: 'users',
      where: { email: { in: demoAccounts.map((a) => a.email) } },
      overrideAccess: true,
    })
    process.env.FHD_DEPLOYMENT = 'production'
    try {
      await seedDirectory(payload)
    } finally {
      delete process.env.FHD_DEPLOYMENT
    }
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  }, 600_000)

  it('makes the first account on an empty database an admin', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.org', password: 'first-admin-password', name: 'First' } as never,
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: {
        email: 'second@example.org',
        password: 'second-password',
        name: 'Second',
        role: 'partner',
        organisation: (await all<{ id: number }>('organisations'))[0]!.id,
      },
    })
    expect(second.role).toBe('partner')
  })
})
