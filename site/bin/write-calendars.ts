/**
 * `npm run calendars -- [--out data/exports]`: write the calendar files of what is published
 * (a feed per hub and per service, a file per session) from the CMS database, as the public sees
 * it: published versions only, read once per collection at depth 0. SITE_URL sets the address
 * used in links and UIDs (default http://localhost:4321).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { openPayload } from '../../cms/open-payload.ts'
import { addDays, toCalendarDate } from '../../schemas/calendar-date.ts'
import { calendarFiles, type PublishedTimetables } from '../lib/calendar-files.ts'

const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/exports' } } })
const out = path.resolve(values.out)

/** Every published document of a collection, as an anonymous visitor may read it. */
const published = async <C extends 'sessions' | 'services' | 'hubs' | 'venues' | 'calendar'>(payload: Payload, collection: C) =>
  (await payload.find({ collection, depth: 0, pagination: false, draft: false, overrideAccess: false })).docs

/** Stored dates are instants at midday UTC: the model speaks of London calendar dates. */
const dates = <T extends object>(doc: T, keys: string[]): T =>
  Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, keys.includes(k) && typeof v === 'string' ? toCalendarDate(v) : v])) as T

const payload = await openPayload()
try {
  const started = performance.now()
  const [sessions, services, hubs, venues, calendar] = await Promise.all([
    published(payload, 'sessions'),
    published(payload, 'services'),
    published(payload, 'hubs'),
    published(payload, 'venues'),
    published(payload, 'calendar'),
  ])
  const data = {
    sessions: sessions.map((s) => ({ ...dates(s, ['firstDate', 'lastDate']), exceptions: (s.exceptions ?? []).map((e) => dates(e, ['date'])) })),
    services,
    hubs,
    venues,
    calendar: calendar.map((c) => dates(c, ['startDate', 'endDate'])),
  } as unknown as PublishedTimetables
  // From 8 weeks back: recent changes and cancellations still reach subscribers' calendars.
  const since = addDays(toCalendarDate(new Date())!, -56)
  const files = calendarFiles(data, { siteUrl: process.env.SITE_URL ?? 'http://localhost:4321', stamp: new Date(), since })
  for (const file of files) {
    const target = path.join(out, file.path)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.contents)
  }
  const count = (folder: string) => files.filter((f) => f.path.startsWith(`calendars/${folder}/`)).length
  console.log(`Wrote ${files.length} calendar files to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s: ${count('hubs')} hub feeds, ${count('services')} service feeds, ${count('sessions')} session files.`)
} finally {
  await payload.destroy()
}
process.exit(0)
