import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { sessionSlug } from '../../core/records/session.ts'
import { termDates } from '../../cms/demo/data/term-dates.ts'
import { hubs } from '../../cms/demo/data/hubs.ts'
import { services } from '../../cms/demo/data/services.ts'
import { sessions } from '../../cms/demo/data/sessions.ts'
import { venues } from '../../cms/demo/data/venues.ts'
import { calendarFiles, type PublishedTimetables } from '../../site/build/calendar-files.ts'

/** The demo directory as published, with slugs standing in for ids. */
const published: PublishedTimetables = {
  sessions: sessions.map((s, i) => ({
    ...s,
    id: i + 1,
    slug: sessionSlug({ service: s.service, venue: s.venue, days: s.days, opensAt: s.opensAt }) + `-${i + 1}`,
  })),
  services: services.map((s) => ({ ...s, id: s.slug })),
  hubs: hubs.map((h) => ({ ...h, id: h.slug })),
  venues: venues.map((v) => ({ ...v, id: v.slug })),
  termDates,
}
const options = { siteUrl: 'https://families.example.org/', stamp: '2026-11-22T09:00:00Z', since: '2026-09-28' }

describe('the calendar files of the published directory', () => {
  const files = calendarFiles(published, options)
  const byPath = new Map(files.map((f) => [f.path, f.contents]))

  it('has a feed per hub and a feed per service with sessions, and no file per session', () => {
    expect(files.filter((f) => f.path.startsWith('calendars/hubs/'))).toHaveLength(hubs.length)
    const servicesWithSessions = new Set(sessions.map((s) => s.service))
    expect(files.filter((f) => f.path.startsWith('calendars/services/'))).toHaveLength(servicesWithSessions.size)
    expect(files).toHaveLength(hubs.length + servicesWithSessions.size)
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length)
  })

  it('puts every session of a hub in its feed, linked to the service page, named for people', () => {
    const feed = byPath.get('calendars/hubs/birchwood-family-hub.ics')!
    const root = new ICAL.Component(ICAL.parse(feed))
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Birchwood Family Hub timetable')
    const uids = new Set(
      root
        .getAllSubcomponents('vevent')
        .map((v) =>
          String(v.getFirstPropertyValue('uid')).replace(/-(extra-\d{8}|changed-\d{8}|mo|tu|we|th|fr|sa|su)@/, '@'),
        ),
    )
    const expected = published.sessions
      .filter((s) => s.hub === 'birchwood-family-hub')
      .map((s) => `session-${s.id}@families.example.org`)
    expect([...uids].sort()).toEqual(expected.sort())
    const first = root.getFirstSubcomponent('vevent')!
    expect(String(first.getFirstPropertyValue('url'))).toMatch(
      /^https:\/\/families\.example\.org\/services\/[a-z0-9-]+\/$/,
    )
    expect(String(first.getFirstPropertyValue('location'))).toMatch(/WA\d/)
  })

  it('leaves out a session whose service is not published', () => {
    const withoutService = calendarFiles(
      { ...published, services: published.services.filter((s) => s.slug !== sessions[0]!.service) },
      options,
    )
    expect(withoutService.some((f) => f.path === `calendars/services/${sessions[0]!.service}.ics`)).toBe(false)
    const inHubFeeds = withoutService
      .filter((f) => f.path.startsWith('calendars/hubs/'))
      .map((f) => f.contents)
      .join('')
    const left = published.sessions.filter((s) => s.service === sessions[0]!.service)
    expect(left.length).toBeGreaterThan(0)
    for (const s of left) expect(inHubFeeds).not.toMatch(new RegExp(`UID:session-${s.id}[-@]`))
    const kept = published.sessions.find((s) => s.service !== sessions[0]!.service)!
    expect(inHubFeeds).toMatch(new RegExp(`UID:session-${kept.id}[-@]`))
  })

  it("holds every series of a service in its feed, each with the feed's address", () => {
    const service = services.find((s) => sessions.filter((x) => x.service === s.slug).length > 1)!
    const feed = new ICAL.Component(ICAL.parse(byPath.get(`calendars/services/${service.slug}.ics`)!))
    const uids = new Set(
      feed
        .getAllSubcomponents('vevent')
        .map((v) =>
          String(v.getFirstPropertyValue('uid')).replace(/-(extra-\d{8}|changed-\d{8}|mo|tu|we|th|fr|sa|su)@/, '@'),
        ),
    )
    expect([...uids].sort()).toEqual(
      published.sessions
        .filter((s) => s.service === service.slug)
        .map((s) => `session-${s.id}@families.example.org`)
        .sort(),
    )
  })
})
