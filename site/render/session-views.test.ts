import { describe, expect, it } from 'vitest'
import { parseSnapshot } from '../../core/records/snapshot.ts'
import { buildDirectory } from '../directory/directory.ts'
import { readDemoSnapshot } from '../../tests/fixtures/demo-snapshot.ts'
import { listingView, nextDateView, venueNameIn } from './session-views.ts'

const TODAY = '2027-02-10'
const d = buildDirectory(parseSnapshot(readDemoSnapshot()), TODAY)
const birchwood = d.hubs.find((h) => h.slug === 'birchwood-family-hub')!
const week = d.hubListings(birchwood.id, '2027-02-15', '2027-02-21')

describe('what the shared session components show for the directory’s listings', () => {
  it('a session in a day’s list: time, name linked to its service, venue linked, and the data What’s on filters by', () => {
    const cancelled = week.find((l) => l.serviceDoc.slug === 'stay-and-play' && l.date === '2027-02-16')!
    const view = listingView(cancelled, d)
    expect(view).toMatchObject({
      when: '09:30 to 11:30',
      title: { text: cancelled.title, href: '/services/stay-and-play/' },
      place: { text: cancelled.venueDoc.name, href: `/venues/${cancelled.venueDoc.slug}/` },
      occurrence: {
        status: 'cancelled',
        reason: 'Staff training day. Stay and Play at Padgate Family Hub on Monday is open as usual.',
      },
    })
    expect(view.attributes).toEqual({
      'data-hub': 'birchwood-family-hub',
      'data-categories': d
        .topCategoriesOfService(cancelled.serviceDoc.id)
        .map((c) => c.slug)
        .join(' '),
      'data-ages': d.ageGroupsOfService(cancelled.serviceDoc.id).join(' '),
    })
    expect(view.attributes!['data-categories']).not.toBe('')
    // Keys are unique within a day.
    const keys = week.map((l) => listingView(l, d).key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('names the hub only when asked and when the venue is not the hub itself, and leaves the name unlinked on its own page', () => {
    const atHub = week.find((l) => l.venueDoc.name === l.hubDoc.name)!
    const elsewhere = week.find((l) => l.venueDoc.name !== l.hubDoc.name)!
    expect(listingView(atHub, d, { showHub: true }).place!.hub).toBeUndefined()
    expect(listingView(elsewhere, d, { showHub: true }).place!.hub).toBe('Birchwood Family Hub')
    expect(listingView(elsewhere, d).place!.hub).toBeUndefined()
    expect(listingView(elsewhere, d, { linkService: false }).title).toEqual({ text: elsewhere.title })
  })

  it('a date in a session’s next dates says the day, with the year only outside this year', () => {
    const l = week[0]!
    expect(nextDateView(l, TODAY).when).toMatch(/^\w+day \d{1,2} February, \d\d:\d\d to \d\d:\d\d$/)
    expect(nextDateView(l, '2026-12-30').when).toMatch(/ February 2027, /)
  })

  it('names venues by id, and says "another venue" for one not published', () => {
    expect(venueNameIn(d)(birchwood.mainVenue!)).toBe('Birchwood Family Hub')
    expect(venueNameIn(d)('no-such-venue')).toBe('another venue')
  })
})
