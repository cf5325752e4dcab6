/**
 * The calendar files of a published directory, for the static build to write: a feed per hub and
 * per service with sessions. Pure: published records in, paths and text out.
 *
 *   calendars/hubs/<hub-slug>.ics
 *   calendars/services/<service-slug>.ics
 *
 * There is no file per session series: at county scale that was three files for every service
 * (15,000 of a 5,000-service site's files, where some static hosts take 20,000 in all). A service's
 * feed holds each of its series with its exact dates, and is what a session's "Add to your
 * calendar" and its Open Referral schedule_link point to.
 */
import { idOfRelated, type Id, type Related } from '../../core/records/fields.ts'
import {
  feedOfSessionCalendars,
  serviceFeedPath,
  sessionCalendar,
  type CalendarPlace,
  type CalendarSession,
} from '../../core/timetable/icalendar.ts'
import type { TimetableSession } from '../../core/timetable/occurrences.ts'
import { termDatesLookup, type TermDateLike } from '../../core/timetable/term-dates.ts'

export interface PublishedTimetables {
  sessions: readonly (TimetableSession & { id: Id; slug?: string | null; title?: string | null; service: Related })[]
  services: readonly { id: Id; slug: string; name: string; summary?: string | null }[]
  hubs: readonly { id: Id; slug: string; name: string }[]
  venues: readonly {
    id: Id
    name: string
    address?: { line1?: string | null; line2?: string | null; town?: string | null } | null
    postcode?: string | null
  }[]
  termDates: readonly TermDateLike[]
}

export interface CalendarFilesOptions {
  /** The public site's address: "https://families.example.org". */
  siteUrl: string
  /** When the data was published (DTSTAMP). */
  stamp: Date | string
  /**
   * Leave out dates before this one (a London date), so that long-running series stay small; a few
   * weeks before the build keeps recent changes in subscribers' calendars. Omitted: from each
   * series' first date.
   */
  since?: string
}

export interface OutputFile {
  path: string
  contents: string
}

const keyOf = (value: Related): string => String(idOfRelated(value))

/**
 * The .ics files of the published timetables, one at a time as they are made: a feed per hub and
 * one per service with sessions. A build writes each as it comes, so that a large directory's
 * feeds (180 MB at 20,000 services) are never all held at once.
 */
export function* eachCalendarFile(data: PublishedTimetables, options: CalendarFilesOptions): Generator<OutputFile> {
  const site = options.siteUrl.replace(/\/+$/, '')
  const domain = new URL(site).hostname
  const termDates = termDatesLookup(data.termDates)
  const services = new Map(data.services.map((s) => [String(s.id), s]))
  const hubs = new Map(data.hubs.map((h) => [String(h.id), h]))
  const venues = new Map(data.venues.map((v) => [String(v.id), v]))
  const place = (venue: Id): CalendarPlace | undefined => {
    const v = venues.get(String(venue))
    if (!v) return undefined
    return {
      name: v.name,
      address: [v.address?.line1, v.address?.line2, v.address?.town, v.postcode].filter(Boolean).join(', '),
    }
  }
  const common = { domain, stamp: options.stamp, place, ...(options.since ? { since: options.since } : {}) }

  // Only sessions whose service, hub and venue are published too: the rest have nowhere to point.
  const sessions: (CalendarSession & { slug: string; serviceKey: string; hubKey: string })[] = data.sessions.flatMap(
    (s) => {
      const service = services.get(keyOf(s.service))
      const hub = hubs.get(keyOf(s.hub))
      if (!service || !hub || !venues.has(keyOf(s.venue)) || !s.slug) return []
      return [
        {
          ...s,
          slug: s.slug,
          title: s.title || service.name,
          summary: service.summary ?? null,
          url: `${site}/services/${service.slug}/`,
          serviceKey: String(service.id),
          hubKey: String(hub.id),
        },
      ]
    },
  )

  // Each series is worked out once; the hub and service feeds are put together from those.
  const sessionFiles = new Map(
    sessions.map((s) => [
      s.slug,
      sessionCalendar(s, termDates, { ...common, url: `${site}/${serviceFeedPath(services.get(s.serviceKey)!.slug)}` }),
    ]),
  )
  const feedOf = (
    mine: readonly (typeof sessions)[number][],
    options: { name: string; description: string; url: string },
  ) =>
    feedOfSessionCalendars(
      mine.map((s) => sessionFiles.get(s.slug)!),
      { ...common, ...options },
    )
  const sessionsOfHub = Map.groupBy(sessions, (s) => s.hubKey)
  const sessionsOfService = Map.groupBy(sessions, (s) => s.serviceKey)

  for (const hub of data.hubs)
    yield {
      path: `calendars/hubs/${hub.slug}.ics`,
      contents: feedOf(sessionsOfHub.get(String(hub.id)) ?? [], {
        name: `${hub.name} timetable`,
        description: `Sessions at ${hub.name}, kept up to date by the hub.`,
        url: `${site}/calendars/hubs/${hub.slug}.ics`,
      }),
    }
  for (const service of data.services) {
    const mine = sessionsOfService.get(String(service.id)) ?? []
    if (mine.length === 0) continue
    yield {
      path: serviceFeedPath(service.slug),
      contents: feedOf(mine, {
        name: service.name,
        description: `Every session of ${service.name}.`,
        url: `${site}/${serviceFeedPath(service.slug)}`,
      }),
    }
  }
}

/** The .ics files of the published timetables, all at once. */
export const calendarFiles = (data: PublishedTimetables, options: CalendarFilesOptions): OutputFile[] => [
  ...eachCalendarFile(data, options),
]
