/**
 * The published directory joined in memory, ready for pages: every lookup a page needs is worked
 * out once here (by id, by slug, per hub, per venue, per category, per age group), and the
 * occurrences of every session are expanded once for the whole build. Pure: a snapshot and a date
 * in, plain objects out, so it is tested without Astro.
 *
 * What is listed: services that are active or temporarily closed (inactive ones have no page),
 * and sessions whose service, hub and venue are all published. A temporarily closed service keeps
 * its page (saying so) but its sessions leave the timetables.
 */
import { ageGroupsOf } from '../../core/records/age-groups.ts'
import { addDays, dayInfo, fromDayNumber } from '../../core/dates/plain-date.ts'
import type { Id } from '../../core/records/fields.ts'
import { occurrences, type Occurrence } from '../../core/timetable/occurrences.ts'
import type {
  PublishedArticle,
  PublishedTermDate,
  PublishedCategory,
  PublishedHub,
  PublishedOrganisation,
  PublishedService,
  PublishedSession,
  PublishedVenue,
  Snapshot,
} from '../../core/records/snapshot.ts'
import { termDatesLookup, type TermDatesLookup } from '../../core/timetable/term-dates.ts'
import type { LifeStage } from '../../core/records/vocabulary.ts'

/** How far ahead the build expands timetables: enough for the next 4 dates of a monthly session. */
export const HORIZON_DAYS = 140

/** One occurrence with what a page shows beside it. */
export interface Listing extends Occurrence {
  sessionDoc: PublishedSession
  serviceDoc: PublishedService
  hubDoc: PublishedHub
  venueDoc: PublishedVenue
  /** The session's title, or the service's name. */
  title: string
}

export interface CategoryGroup {
  category: PublishedCategory
  children: PublishedCategory[]
}

export interface Directory {
  publishedAt: string
  /** The London date the pages are built for. */
  today: string
  /** The Monday of today's week. */
  weekStart: string
  /** The term dates, bank holidays and closures, ready for questions about a date. */
  termDates: TermDatesLookup
  /** The term dates, bank holidays and closures as published. */
  termDateRecords: PublishedTermDate[]
  organisations: PublishedOrganisation[]
  hubs: PublishedHub[]
  venues: PublishedVenue[]
  services: PublishedService[]
  sessions: PublishedSession[]
  articles: PublishedArticle[]
  categories: PublishedCategory[]
  categoryGroups: CategoryGroup[]
  hubsByLocality: { locality: string; hubs: PublishedHub[] }[]

  organisation(id: Id | null | undefined): PublishedOrganisation | undefined
  hub(id: Id | null | undefined): PublishedHub | undefined
  venue(id: Id | null | undefined): PublishedVenue | undefined
  service(id: Id | null | undefined): PublishedService | undefined
  category(id: Id | null | undefined): PublishedCategory | undefined

  sessionsOfService(service: Id): PublishedSession[]
  sessionsOfHub(hub: Id): PublishedSession[]
  sessionsOfVenue(venue: Id): PublishedSession[]
  /** Services with a session at the hub or listed at it, by name. */
  servicesOfHub(hub: Id): PublishedService[]
  /** Services filed under the category or, for a top-level one, any of its children. */
  servicesInCategory(category: Id): PublishedService[]
  servicesForAgeGroup(group: LifeStage): PublishedService[]
  ageGroupsOfService(service: Id): LifeStage[]
  /** The top-level categories of a service's categories (for filters). */
  topCategoriesOfService(service: Id): PublishedCategory[]
  articlesAboutService(service: Id): PublishedArticle[]
  venuesOfHub(hub: Id): PublishedVenue[]

  /** Occurrences from `from` to `to` inclusive (within the build's horizon), in time order. */
  listings(from: string, to: string, filter?: (l: Listing) => boolean): Listing[]
  /** The same for one hub (indexed: a hub page does not scan every hub's dates). */
  hubListings(hub: Id, from: string, to: string): Listing[]
  /** The next `count` dates of a session from today, cancelled ones included. */
  nextDates(session: Id, count: number): Listing[]
}

const key = (id: Id | null | undefined): string => String(id)

const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name, 'en-GB')

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => (Id | null | undefined)[]): Map<string, T[]> => {
  const map = new Map<string, T[]>()
  for (const item of items)
    for (const k of new Set(keyOf(item).map(key))) {
      const list = map.get(k)
      if (list) list.push(item)
      else map.set(k, [item])
    }
  return map
}

/** Join a validated snapshot into a directory for the pages built on `today` (a London date). */
export const buildDirectory = (snapshot: Snapshot, today: string): Directory => {
  const organisations = [...snapshot.organisations].sort(byName)
  const hubs = [...snapshot.hubs].sort(byName)
  const venues = [...snapshot.venues].sort(byName)
  const categories = [...snapshot.categories].sort(byName)
  const articles = [...snapshot.articles].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))

  const organisationById = new Map(organisations.map((o) => [key(o.id), o]))
  const hubById = new Map(hubs.map((h) => [key(h.id), h]))
  const venueById = new Map(venues.map((v) => [key(v.id), v]))
  const categoryById = new Map(categories.map((c) => [key(c.id), c]))

  const services = snapshot.services.filter((s) => s.status !== 'inactive').sort(byName)
  const serviceById = new Map(services.map((s) => [key(s.id), s]))
  const sessions = snapshot.sessions.filter(
    (s) => serviceById.has(key(s.service)) && hubById.has(key(s.hub)) && venueById.has(key(s.venue)),
  )
  const runningSessions = sessions.filter((s) => serviceById.get(key(s.service))!.status === 'active')

  const sessionsByService = groupBy(sessions, (s) => [s.service])
  const sessionsByHub = groupBy(sessions, (s) => [s.hub])
  const sessionsByVenue = groupBy(sessions, (s) => [s.venue, ...s.exceptions.map((e) => e.venue)])
  const servicesByHub = groupBy(services, (s) => [
    ...s.hubs,
    ...(sessionsByService.get(key(s.id)) ?? []).map((x) => x.hub),
  ])
  const servicesByCategory = groupBy(services, (s) =>
    s.categories
      .flatMap((c) => [c, categoryById.get(key(c))?.parent])
      .filter((c) => c != null && categoryById.has(key(c))),
  )
  const articlesByService = groupBy(articles, (a) => a.relatedServices)
  const venuesByHub = groupBy(venues, (v) => [v.hub])

  const topCategories = (service: PublishedService): PublishedCategory[] => {
    const tops = new Map<string, PublishedCategory>()
    for (const c of service.categories) {
      const category = categoryById.get(key(c))
      if (!category) continue
      const top = category.parent != null ? (categoryById.get(key(category.parent)) ?? category) : category
      tops.set(key(top.id), top)
    }
    return [...tops.values()].sort(byName)
  }
  // Worked out once per service: every listing of What's on and the hub pages asks for them.
  const topCategoriesByService = new Map(services.map((s) => [key(s.id), topCategories(s)]))
  const ageGroupsByService = new Map(
    services.map((s) => [
      key(s.id),
      ageGroupsOf(s.ageRange, { send: topCategoriesByService.get(key(s.id))!.some((c) => c.slug === 'send') }),
    ]),
  )

  const categoryGroups: CategoryGroup[] = categories
    .filter((c) => c.parent == null)
    .map((category) => ({
      category,
      children: categories.filter((c) => c.parent != null && key(c.parent) === key(category.id)),
    }))

  const localities = [...new Set(hubs.map((h) => h.locality))].sort((a, b) => a.localeCompare(b, 'en-GB'))
  const hubsByLocality = localities.map((locality) => ({ locality, hubs: hubs.filter((h) => h.locality === locality) }))

  // Every occurrence of the build's horizon, expanded once: from the Monday of this week.
  const termDates = termDatesLookup(snapshot.termDates)
  const weekStart = fromDayNumber(dayInfo(today).weekStart)
  const horizonEnd = addDays(today, HORIZON_DAYS)
  const sessionById = new Map(sessions.map((s) => [key(s.id), s]))
  const all: Listing[] = occurrences(runningSessions, { from: weekStart, to: horizonEnd }, termDates).flatMap((o) => {
    const sessionDoc = sessionById.get(key(o.session))!
    const serviceDoc = serviceById.get(key(sessionDoc.service))!
    const venueDoc = venueById.get(key(o.venue))
    if (!venueDoc) return [] // changed to a venue that is not published: nowhere to send anyone
    return [
      {
        ...o,
        sessionDoc,
        serviceDoc,
        hubDoc: hubById.get(key(o.hub))!,
        venueDoc,
        title: sessionDoc.title || serviceDoc.name,
      },
    ]
  })
  const listingsBySession = groupBy(all, (l) => [l.session])
  const listingsByHub = groupBy(all, (l) => [l.hub])

  /** The first index whose date is on or after `date` (lists are in time order, so dates ascend). */
  const firstOnOrAfter = (list: readonly Listing[], date: string): number => {
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (list[mid]!.date < date) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const inRange = (list: readonly Listing[], from: string, to: string) =>
    list.slice(firstOnOrAfter(list, from), firstOnOrAfter(list, addDays(to, 1)))

  return {
    publishedAt: snapshot.publishedAt,
    today,
    weekStart,
    termDates,
    termDateRecords: snapshot.termDates,
    organisations,
    hubs,
    venues,
    services,
    sessions,
    articles,
    categories,
    categoryGroups,
    hubsByLocality,
    organisation: (id) => organisationById.get(key(id)),
    hub: (id) => hubById.get(key(id)),
    venue: (id) => venueById.get(key(id)),
    service: (id) => serviceById.get(key(id)),
    category: (id) => categoryById.get(key(id)),
    sessionsOfService: (id) => sessionsByService.get(key(id)) ?? [],
    sessionsOfHub: (id) => sessionsByHub.get(key(id)) ?? [],
    sessionsOfVenue: (id) => sessionsByVenue.get(key(id)) ?? [],
    servicesOfHub: (id) => servicesByHub.get(key(id)) ?? [],
    servicesInCategory: (id) => servicesByCategory.get(key(id)) ?? [],
    servicesForAgeGroup: (group) => services.filter((s) => ageGroupsByService.get(key(s.id))!.includes(group)),
    ageGroupsOfService: (id) => ageGroupsByService.get(key(id)) ?? [],
    topCategoriesOfService: (id) => topCategoriesByService.get(key(id)) ?? [],
    articlesAboutService: (id) => articlesByService.get(key(id)) ?? [],
    venuesOfHub: (id) => venuesByHub.get(key(id)) ?? [],
    listings: (from, to, filter) => {
      const list = inRange(all, from, to)
      return filter ? list.filter(filter) : list
    },
    hubListings: (hub, from, to) => inRange(listingsByHub.get(key(hub)) ?? [], from, to),
    nextDates: (id, count) => (listingsBySession.get(key(id)) ?? []).filter((l) => l.date >= today).slice(0, count),
  }
}
