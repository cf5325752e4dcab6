/**
 * Browse by day: every regular session that runs on a day of the week, by area and family hub,
 * in time order. The static list behind search's "Day" filter, for parents without JavaScript.
 */
import type { PublishedHub, PublishedService, PublishedSession, PublishedVenue } from '../../core/records/snapshot.ts'
import type { Weekday } from '../../core/records/vocabulary.ts'
import type { Directory } from './directory.ts'
import { pagesOfGroups } from './paging.ts'

export interface DaySession {
  session: PublishedSession
  service: PublishedService
  venue: PublishedVenue
}

export interface DayHub {
  hub: PublishedHub
  sessions: DaySession[]
}

export interface DayGroup {
  locality: string
  hubs: DayHub[]
}

/** Sessions of running services that are on `day` and have not ended by the build's date. */
export const sessionsOnDay = (d: Directory, day: Weekday): DayGroup[] =>
  d.hubsByLocality
    .map(({ locality, hubs }) => ({
      locality,
      hubs: hubs
        .map((hub) => ({
          hub,
          sessions: d
            .sessionsOfHub(hub.id)
            .filter((s) => s.days.includes(day) && (!s.lastDate || s.lastDate.slice(0, 10) >= d.today))
            .flatMap((session) => {
              const service = d.service(session.service)
              const venue = d.venue(session.venue)
              return service && venue && service.status === 'active' ? [{ session, service, venue }] : []
            })
            .sort(
              (a, b) =>
                a.session.opensAt.localeCompare(b.session.opensAt) ||
                a.service.name.localeCompare(b.service.name, 'en-GB'),
            ),
        }))
        .filter((h) => h.sessions.length > 0),
    }))
    .filter((g) => g.hubs.length > 0)

/** A day's hubs with their area, in pages of whole hubs (site/directory/paging.ts): what /days/<day>/ and its next pages hold. */
export const dayPages = (d: Directory, day: Weekday): (DayHub & { locality: string })[][] =>
  pagesOfGroups(
    sessionsOnDay(d, day).flatMap((g) => g.hubs.map((h) => ({ locality: g.locality, ...h }))),
    (h) => h.sessions.length,
  )
