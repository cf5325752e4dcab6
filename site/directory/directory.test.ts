import { describe, expect, it } from 'vitest'
import { parseSnapshot, type RawSnapshot, type Snapshot } from '../../core/records/snapshot.ts'
import { buildDirectory } from './directory.ts'
import { serviceJsonLd } from '../render/json-ld.ts'
import { sitemapXml } from '../build/sitemap.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'

const raw = (): RawSnapshot => readDemoSnapshot()
const demo = (): Snapshot => parseSnapshot(raw())
const TODAY = '2027-02-10' // a Wednesday

describe('the directory the pages are built from', () => {
  const d = buildDirectory(demo(), TODAY)
  const hub = (slug: string) => d.hubs.find((h) => h.slug === slug)!
  const service = (slug: string) => d.services.find((s) => s.slug === slug)!

  it('knows the week it is built for', () => {
    expect(d.today).toBe(TODAY)
    expect(d.weekStart).toBe('2027-02-08')
  })

  it('groups hubs by locality, in order', () => {
    expect(d.hubsByLocality.map((g) => g.locality)).toEqual(['East', 'South', 'West'])
    expect(d.hubsByLocality[2]!.hubs.map((h) => h.slug)).toContain('bewsey-and-dallam-family-hub')
  })

  it("lists a hub's week day by day with cancellations and their reasons, from the one occurrences pass", () => {
    const birchwood = hub('birchwood-family-hub')
    const week = d.listings('2027-02-15', '2027-02-21', (l) => String(l.hubDoc.id) === String(birchwood.id))
    const stayAndPlay = week.filter((l) => l.serviceDoc.slug === 'stay-and-play')
    expect(stayAndPlay.map((l) => [l.date, l.status, l.reason])).toEqual([
      [
        '2027-02-16',
        'cancelled',
        'Staff training day. Stay and Play at Padgate Family Hub on Monday is open as usual.',
      ],
    ])
    expect(week.every((l) => l.date >= '2027-02-15' && l.date <= '2027-02-21')).toBe(true)
    expect([...week].sort((a, b) => a.start.localeCompare(b.start))).toEqual(week)
    expect(d.hubListings(birchwood.id, '2027-02-15', '2027-02-21')).toEqual(week)
  })

  it('finds the listings of a date range exactly, at its edges too', () => {
    const all = d.listings(d.weekStart, '2027-06-30')
    for (const [from, to] of [
      ['2027-02-08', '2027-02-08'],
      ['2027-02-13', '2027-02-14'],
      ['2027-03-28', '2027-04-05'],
    ] as const)
      expect(d.listings(from, to)).toEqual(all.filter((l) => l.date >= from && l.date <= to))
    expect(d.listings('2027-02-12', '2027-02-11')).toEqual([])
  })

  it('gives the next 4 dates of a session from today, cancelled ones included', () => {
    const session = d
      .sessionsOfService(service('stay-and-play').id)
      .find((s) => String(s.hub) === String(hub('birchwood-family-hub').id) && s.days.includes('TU'))!
    expect(d.nextDates(session.id, 4).map((l) => `${l.date} ${l.status}`)).toEqual([
      '2027-02-16 cancelled',
      '2027-02-23 on',
      '2027-03-02 on',
      '2027-03-09 on',
    ])
  })

  it('lists the services of a hub, of a category (with its children) and of an age group', () => {
    const atBewsey = d.servicesOfHub(hub('bewsey-and-dallam-family-hub').id).map((s) => s.slug)
    expect(atBewsey).toContain('stay-and-play')
    const activities = d.categories.find((c) => c.slug === 'activities-clubs-and-groups')!
    const groups = d.categories.find((c) => c.slug === 'parent-baby-and-toddler-groups')!
    expect(d.servicesInCategory(groups.id).map((s) => s.slug)).toContain('stay-and-play')
    expect(d.servicesInCategory(activities.id).map((s) => s.slug)).toContain('stay-and-play')
    expect(d.servicesForAgeGroup('toddler').map((s) => s.slug)).toContain('stay-and-play')
    expect(d.servicesForAgeGroup('pregnancy').map((s) => s.slug)).not.toContain('stay-and-play')
  })

  it('leaves inactive services out, keeps temporarily closed ones without timetable dates, and drops sessions whose hub is not published', () => {
    const snapshot = demo()
    const [a, b] = snapshot.services
    a!.status = 'inactive'
    b!.status = 'temporarily-closed'
    const firstHub = snapshot.hubs[0]!
    snapshot.hubs = snapshot.hubs.slice(1)
    const changed = buildDirectory(snapshot, TODAY)
    expect(changed.service(a!.id)).toBeUndefined()
    expect(changed.sessionsOfService(a!.id)).toEqual([])
    expect(changed.service(b!.id)).toBeDefined()
    expect(changed.listings(TODAY, '2027-03-10', (l) => String(l.serviceDoc.id) === String(b!.id))).toEqual([])
    expect(changed.sessions.some((s) => String(s.hub) === String(firstHub.id))).toBe(false)
  })

  it('describes a service for search engines: the service, its places and its next dates, cancelled ones marked', () => {
    const stayAndPlay = service('stay-and-play')
    const sessions = d.sessionsOfService(stayAndPlay.id)
    const dates = sessions.flatMap((s) => d.nextDates(s.id, 4))
    const ld = serviceJsonLd({
      service: stayAndPlay,
      provider: d.organisation(stayAndPlay.provider),
      venues: sessions.map((s) => d.venue(s.venue)!),
      dates,
      url: 'https://families.example.org/services/stay-and-play/',
    }) as { '@graph': Record<string, unknown>[] }
    const [main, ...events] = ld['@graph']
    expect(main).toMatchObject({
      '@type': 'Service',
      name: 'Stay and Play',
      offers: { price: 0, priceCurrency: 'GBP' },
      audience: { suggestedMaxAge: 5 },
    })
    const cancelled = events.find((e) => e.startDate === '2027-02-16T09:30:00.000Z')
    expect(cancelled).toMatchObject({ '@type': 'Event', eventStatus: 'https://schema.org/EventCancelled' })
  })

  it('writes a sitemap of every page, with the date services were checked', () => {
    const xml = sitemapXml(d, 'https://families.example.org')
    expect(xml).toContain('<loc>https://families.example.org/hubs/birchwood-family-hub/</loc>')
    expect(xml).toContain(
      '<url><loc>https://families.example.org/services/stay-and-play/</loc><lastmod>2026-09-15</lastmod></url>',
    )
    expect(xml).toContain('<url><loc>https://families.example.org/open-data/</loc></url>')
    expect(xml.match(/<url>/g)).toHaveLength(
      11 + d.hubs.length + d.services.length + d.venues.length + d.articles.length + d.categories.length + 7 + 1 + 7,
    ) // ages, /days/ and each day
  })
})
