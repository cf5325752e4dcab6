/**
 * What every Open Referral mapping needs besides the record itself: the site's address (for
 * links), the London date the data is published for (for "Not on …" notes), the term
 * dates, and lookups by id into the published snapshot. Built once per export.
 */
import type { Id } from '../records/fields.ts'
import type {
  PublishedCategory,
  PublishedHub,
  PublishedOrganisation,
  PublishedService,
  PublishedSession,
  PublishedVenue,
  Snapshot,
} from '../records/snapshot.ts'
import { addDays } from '../dates/plain-date.ts'
import { occurrences, type Occurrence } from '../timetable/occurrences.ts'
import { termDatesLookup, type TermDatesLookup } from '../timetable/term-dates.ts'

/** How far ahead a schedule's notes look: a year from the date the data is published for. */
export const NOTES_DAYS = 365

export interface MappingOptions {
  /** The public site's address, without a trailing slash: "https://families.example.org". */
  siteUrl: string
  /** The London date the export is for: notes list changes from this date on. */
  today: string
  /** The county or region of the council's addresses (the standard's required state_province). */
  region: string
}

export interface MappingContext extends MappingOptions {
  /** When the data was read from the CMS: the last-modified time of records that do not say. */
  publishedAt: string
  termDates: TermDatesLookup
  organisation(id: Id | null | undefined): PublishedOrganisation | undefined
  hub(id: Id | null | undefined): PublishedHub | undefined
  venue(id: Id | null | undefined): PublishedVenue | undefined
  category(id: Id | null | undefined): PublishedCategory | undefined
  service(id: Id | null | undefined): PublishedService | undefined
  /** The published sessions of a service whose hub and venue are published too. */
  sessionsOfService(id: Id): PublishedSession[]
  /**
   * A session's occurrences from `today` for NOTES_DAYS days: expanded for every session in one
   * pass on first use (what the term dates make of each day is worked out once per hub, not once per session).
   */
  occurrencesOf(id: Id): readonly Occurrence[]
}

const key = (id: Id | null | undefined): string => String(id)

export const mappingContextOf = (snapshot: Snapshot, options: MappingOptions): MappingContext => {
  const byId = <T extends { id: Id }>(items: readonly T[]) => new Map(items.map((item) => [key(item.id), item]))
  const organisations = byId(snapshot.organisations)
  const hubs = byId(snapshot.hubs)
  const venues = byId(snapshot.venues)
  const categories = byId(snapshot.categories)
  const services = byId(snapshot.services)
  const sessions = new Map<string, PublishedSession[]>()
  for (const session of snapshot.sessions) {
    if (!hubs.has(key(session.hub)) || !venues.has(key(session.venue))) continue
    const list = sessions.get(key(session.service))
    if (list) list.push(session)
    else sessions.set(key(session.service), [session])
  }
  let expanded: Map<string, Occurrence[]> | undefined
  const occurrencesOf = (id: Id): readonly Occurrence[] => {
    if (!expanded) {
      expanded = new Map()
      const all = [...sessions.values()].flat()
      for (const o of occurrences(all, { from: options.today, to: addDays(options.today, NOTES_DAYS) }, termDates)) {
        const list = expanded.get(key(o.session))
        if (list) list.push(o)
        else expanded.set(key(o.session), [o])
      }
    }
    return expanded.get(key(id)) ?? []
  }
  const termDates = termDatesLookup(snapshot.termDates)
  return {
    ...options,
    siteUrl: options.siteUrl.replace(/\/+$/, ''),
    publishedAt: new Date(snapshot.publishedAt).toISOString(),
    termDates,
    organisation: (id) => organisations.get(key(id)),
    hub: (id) => hubs.get(key(id)),
    venue: (id) => venues.get(key(id)),
    category: (id) => categories.get(key(id)),
    service: (id) => services.get(key(id)),
    sessionsOfService: (id) => sessions.get(key(id)) ?? [],
    occurrencesOf,
  }
}
