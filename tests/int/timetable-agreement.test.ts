/**
 * One timetable, three readers, no disagreement: for every demo session loaded into the database
 * and read back as the CMS stores it (dates as instants, relations as ids), over 12 months,
 *  - the admin's preview lists exactly the occurrences the demo files give, cancellations included;
 *  - its .ics, expanded by an independent parser (ical.js), gives exactly the dates that are on.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../core/dates/plain-date.ts'
import { termDateSchema } from '../../core/records/term-date.ts'
import { sessionCalendar } from '../../core/timetable/icalendar.ts'
import { occurrences, type Occurrence } from '../../core/timetable/occurrences.ts'
import { sessionSchema } from '../../core/records/session.ts'
import { termDatesLookup } from '../../core/timetable/term-dates.ts'
import { timetablePreview } from '../../core/timetable/preview.ts'
import { termDates as demoTermDates } from '../../cms/demo/data/term-dates.ts'
import { sessions as demoSessions } from '../../cms/demo/data/sessions.ts'
import { seedDirectory } from '../../cms/demo/load.ts'
import { expandIcs } from '../helpers/expand-ics.ts'
import { startPayload, type TestPayload } from './helpers/payload.ts'

const from = '2026-09-01'
const to = addDays(from, 364)

let t: TestPayload
let payload: Payload
beforeAll(async () => {
  t = await startPayload()
  payload = t.payload
  await seedDirectory(payload)
}, 600_000)
afterAll(async () => t?.close())

const all = async (collection: 'sessions' | 'term-dates' | 'hubs' | 'venues' | 'services') =>
  (await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as Record<
    string,
    unknown
  >[]

describe('the timetable of every demo session, as stored', () => {
  it('is the same in the preview, in the .ics and in the demo files, over 12 months', async () => {
    const [sessions, termDateDocs, hubs, venues, services] = await Promise.all([
      all('sessions'),
      all('term-dates'),
      all('hubs'),
      all('venues'),
      all('services'),
    ])
    const slugOf = (docs: Record<string, unknown>[]) => {
      const slugs = new Map(docs.map((d) => [String(d.id), String(d.slug)]))
      return (id: unknown) => slugs.get(String(id)) ?? `unknown ${String(id)}`
    }
    const hub = slugOf(hubs)
    const venue = slugOf(venues)
    const service = slugOf(services)
    const termDates = termDatesLookup(termDateDocs.map((d) => termDateSchema.parse(d)))

    /** An occurrence in words that do not depend on ids. */
    const key = (
      o: Occurrence,
      serviceSlug: string,
      slugs: { hub: (id: unknown) => string; venue: (id: unknown) => string },
    ) =>
      [
        o.date,
        o.start,
        o.end,
        slugs.hub(o.hub),
        slugs.venue(o.venue),
        serviceSlug,
        o.status,
        o.reason ?? '',
        o.extra,
      ].join(' | ')

    const expected = occurrences(demoSessions, { from, to }, termDatesLookup(demoTermDates))
      .map((o) => key(o, demoSessions[Number(o.session)]!.service, { hub: String, venue: String }))
      .sort()

    expect(sessions).toHaveLength(demoSessions.length)
    const previewed: string[] = []
    let compared = 0
    for (const doc of sessions) {
      const preview = timetablePreview(doc, termDateDocs, { today: from, count: 10_000, withinDays: 364 })
      expect(preview.problems, String(doc.slug)).toEqual([])
      previewed.push(...preview.dates.map((o) => key(o, service(doc.service), { hub, venue })))

      const session = { ...sessionSchema.parse(doc), id: doc.id as number, title: String(doc.title) }
      const ics = sessionCalendar(session, termDates, {
        domain: 'families.example.org',
        stamp: '2026-09-01T00:00:00Z',
        since: from,
        place: (id) => ({ name: venue(id) }),
      })
      const on = preview.dates.filter((o) => o.status !== 'cancelled').map((o) => `${o.date} ${o.start} ${o.end}`)
      expect(expandIcs(ics, from, to), String(doc.slug)).toEqual(on.sort())
      compared += on.length
    }
    expect(previewed.sort()).toEqual(expected)
    expect(compared).toBeGreaterThan(5000) // the comparison covered a year of a borough's timetable
  }, 300_000)
})
