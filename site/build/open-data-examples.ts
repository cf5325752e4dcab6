/**
 * The examples of the Open data page (site/pages/open-data/index.astro), worked out from the
 * build's own directory so that every link answers: the endpoints of the Open Referral UK API with
 * a real record each, example queries, and a real file of each kind of calendar feed. Pure: a
 * directory in, addresses (paths from the site's root) and names out.
 *
 * The example service is the first by name that is running and has a session with a calendar file,
 * so that it has a service at a location and a service feed too (as
 * site/build/calendar-files.ts writes them: sessions of active services).
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { LONDON } from '../../core/dates/london-zone.ts'
import { addDays, formatDayMonth, toPlainDate } from '../../core/dates/plain-date.ts'
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../../core/open-referral/views.ts'
import { LIST_PARAMETERS, type ParameterName } from '../shared/open-data-query/query.ts'
import { openReferralId } from '../../core/open-referral/ids.ts'
import { serviceAtLocationId } from '../../core/open-referral/schedule.ts'
import type {
  PublishedCategory,
  PublishedService,
  PublishedSession,
  PublishedVenue,
} from '../../core/records/snapshot.ts'
import type { Directory } from '../directory/directory.ts'
import { OPEN_DATA_FILE } from './open-referral-export.ts'

/** A link to an example: where it goes (a path from the site's root) and what it is. */
export interface ExampleLink {
  href: string
  text: string
}

export interface Endpoint {
  /** The address as the API documents it: "/api/services/{id}". */
  path: string
  /** What it answers with, in a sentence. */
  gives: string
  /** A real address of this build, when the directory has a record to show. */
  example?: ExampleLink
}

export interface OpenDataExamples {
  endpoints: Endpoint[]
  /** Queries of the live API, each with a real value from the directory. */
  queries: ExampleLink[]
  /** The second page of services in a static copy, when there is one. */
  secondPage?: ExampleLink
  /** The whole dataset in one file. */
  bulkFile: ExampleLink
  calendars: { hub?: ExampleLink; service?: ExampleLink }
  /** Real values for the query parameters' examples. */
  values: { taxonomyId: string; termId?: string; organizationId?: string; postcode?: string; since: string }
}

/** The paths of the API's lists, in the order of the standard's documentation. */
const API = {
  root: '/api/',
  services: '/api/services',
  serviceAtLocations: '/api/service_at_locations',
  organizations: '/api/organizations',
  taxonomies: '/api/taxonomies',
  taxonomyTerms: '/api/taxonomy_terms',
} as const

/** A value for a query string: encoded ("WA5 1EZ" as WA5%201EZ), but ":" and "," as they are, which a query may hold and people read more easily. */
const encodeValue = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',')

/** A query string from name-value pairs. */
export const queryOf = (path: string, params: Record<string, string | number>): string =>
  `${path}?${Object.entries(params)
    .map(([name, value]) => `${name}=${encodeValue(String(value))}`)
    .join('&')}`

/** "23 November 2026 at 09:32": when the data was published, in London (summer time included). */
export const publishedAtText = (iso: string): string => {
  const instant = new TZDate(new Date(iso), LONDON)
  return `${format(instant, 'd MMMM yyyy')} at ${format(instant, 'HH:mm')}`
}

/** The example service with its first session that has a calendar file, if the directory has one. */
const exampleServiceOf = (d: Directory): { service: PublishedService; session: PublishedSession } | undefined => {
  for (const service of d.services) {
    if (service.status !== 'active') continue
    const session = d.sessionsOfService(service.id).find((s) => s.slug && d.hub(s.hub) && d.venue(s.venue))
    if (session) return { service, session }
  }
  return undefined
}

export const openDataExamples = (d: Directory): OpenDataExamples => {
  const found = exampleServiceOf(d)
  const service = found?.service ?? d.services[0]
  const session = found?.session
  const venue: PublishedVenue | undefined = session ? d.venue(session.venue) : undefined
  const organisation = d.organisation(service?.provider) ?? d.organisations[0]
  const category: PublishedCategory | undefined =
    service?.categories.map((c) => d.category(c)).find((c) => c !== undefined) ?? d.categories[0]
  const taxonomyId = openReferralId('taxonomies', 'categories')
  const termId = category ? openReferralId('taxonomy_terms', category.id) : undefined
  const hub = (session && d.hub(session.hub)) ?? d.hubs[0]
  // Four weeks before the data was published (London), so that the example finds the records changed lately.
  const since = addDays(toPlainDate(d.publishedAt) ?? d.today, -28)
  const near = venue?.postcode ? venue : d.venues.find((v) => v.postcode)

  const endpoints: Endpoint[] = [
    {
      path: API.root,
      gives: 'The version of the standard the API follows, its profile and where its OpenAPI description is.',
      example: { href: API.root, text: 'About this API' },
    },
    {
      path: API.services,
      gives: 'A page of services, 50 to a page, each with its organisation.',
      example: { href: API.services, text: 'The first page of services' },
    },
    {
      path: `${API.services}/{id}`,
      gives:
        'One service, fully nested: where and when it runs, who it is for, cost, contacts, languages and categories.',
      ...(service
        ? { example: { href: `${API.services}/${openReferralId('services', service.id)}`, text: service.name } }
        : {}),
    },
    {
      path: API.serviceAtLocations,
      gives: 'A page of services at the places they run, with each place.',
      example: { href: API.serviceAtLocations, text: 'The first page of services at locations' },
    },
    {
      path: `${API.serviceAtLocations}/{id}`,
      gives: 'One service at one place, with the place, its address and the schedules there.',
      ...(service && venue
        ? {
            example: {
              href: `${API.serviceAtLocations}/${serviceAtLocationId(service.id, venue.id)}`,
              text: `${service.name} at ${venue.name}`,
            },
          }
        : {}),
    },
    {
      path: API.organizations,
      gives: 'A page of the organisations that run services.',
      example: { href: API.organizations, text: 'The first page of organisations' },
    },
    {
      path: `${API.organizations}/{id}`,
      gives: 'One organisation and the services it runs.',
      ...(organisation
        ? {
            example: {
              href: `${API.organizations}/${openReferralId('organizations', organisation.id)}`,
              text: organisation.name,
            },
          }
        : {}),
    },
    {
      path: API.taxonomies,
      gives: 'The taxonomies that services are filed under: here, one, our categories.',
      example: { href: API.taxonomies, text: 'The taxonomies' },
    },
    {
      path: `${API.taxonomies}/{id}`,
      gives: 'One taxonomy with all its terms.',
      example: { href: `${API.taxonomies}/${taxonomyId}`, text: 'Family hub service categories' },
    },
    {
      path: API.taxonomyTerms,
      gives: 'A page of the terms of every taxonomy: our categories, with the parent of each second-level one.',
      example: { href: API.taxonomyTerms, text: 'The first page of terms' },
    },
    {
      path: `${API.taxonomyTerms}/{id}`,
      gives: 'One term.',
      ...(category && termId ? { example: { href: `${API.taxonomyTerms}/${termId}`, text: category.name } } : {}),
    },
  ]

  const queries: ExampleLink[] = [
    ...(category && termId
      ? [
          {
            href: queryOf(API.services, { taxonomy_term_id: termId }),
            text: `Services in the category ${category.name}`,
          },
        ]
      : []),
    ...(near?.postcode
      ? [
          {
            href: queryOf(API.serviceAtLocations, { postcode: near.postcode, proximity: 3000 }),
            text: `Services within 3,000 metres of ${near.postcode} (${near.name}), nearest first`,
          },
        ]
      : []),
    {
      href: queryOf(API.services, { day: 'MO', start_time: '09:00' }),
      text: 'Services on Mondays, opening at 09:00 or later',
    },
    { href: queryOf(API.services, { maximum_age: 4 }), text: 'Services with an upper age limit of 4 or under' },
    ...(organisation
      ? [
          {
            href: queryOf(API.services, { organization_id: openReferralId('organizations', organisation.id) }),
            text: `Services run by ${organisation.name}`,
          },
        ]
      : []),
    { href: queryOf(API.services, { modified_after: since }), text: `Services changed since ${formatDayMonth(since)}` },
    {
      href: queryOf(API.services, { full: 'true', format: 'ndjson' }),
      text: 'Every service, fully nested, one per line',
    },
  ]

  return {
    endpoints,
    queries,
    // The export lists inactive services too, so it has at least as many as the directory.
    ...(d.services.length > DEFAULT_PER_PAGE
      ? { secondPage: { href: `${API.services}/page/2`, text: 'The second page of services' } }
      : {}),
    bulkFile: { href: `/${OPEN_DATA_FILE}`, text: 'Download all the data in one file (Open Referral UK, JSON)' },
    values: {
      taxonomyId,
      ...(termId ? { termId } : {}),
      ...(organisation ? { organizationId: openReferralId('organizations', organisation.id) } : {}),
      ...(near?.postcode ? { postcode: near.postcode } : {}),
      since,
    },
    calendars: {
      ...(hub ? { hub: { href: `/calendars/hubs/${hub.slug}.ics`, text: `${hub.name} timetable` } } : {}),
      ...(found
        ? {
            service: {
              href: `/calendars/services/${found.service.slug}.ics`,
              text: `Every session of ${found.service.name}`,
            },
          }
        : {}),
    },
  }
}

/**
 * What each query parameter of the lists does, with an example from this build: keyed by the
 * live API's own parameter names (site/shared/open-data-query/query.ts), so a parameter the API
 * accepts cannot go undocumented, nor one it refuses be documented.
 */
export const parameterDocs = (
  values: OpenDataExamples['values'],
): { name: ParameterName; does: string; example: string }[] => {
  const docs: Record<ParameterName, { does: string; example: string }> = {
    search: {
      does: 'Services with every one of these words in their name, description, organisation or categories (for service at locations, also in the place’s name, address or postcode).',
      example: 'search=baby',
    },
    page: { does: 'Which page of results, from 1.', example: 'page=2' },
    per_page: {
      does: `How many results on a page, from 1 to ${MAX_PER_PAGE}. Without it, ${DEFAULT_PER_PAGE}.`,
      example: 'per_page=100',
    },
    taxonomy_term_id: {
      does: 'Services filed under this term (one of our categories) or a term below it.',
      example: `taxonomy_term_id=${values.termId ?? '{id}'}`,
    },
    taxonomy_id: {
      does: 'Services filed under any term of this taxonomy.',
      example: `taxonomy_id=${values.taxonomyId}`,
    },
    organization_id: {
      does: 'Services run by this organisation.',
      example: `organization_id=${values.organizationId ?? '{id}'}`,
    },
    minimum_age: { does: 'Services whose minimum_age is this many years or more.', example: 'minimum_age=5' },
    maximum_age: { does: 'Services that give a maximum_age of this many years or less.', example: 'maximum_age=4' },
    day: {
      does: 'Services with a session on these days: MO, TU, WE, TH, FR, SA or SU, or day names such as Monday. Separate several days with commas for services on any of them.',
      example: 'day=MO,WE',
    },
    start_time: {
      does: 'Services with a session opening at this time or later (HH:MM, UK time).',
      example: 'start_time=09:00',
    },
    end_time: {
      does: 'Services with a session closing at this time or earlier (HH:MM, UK time).',
      example: 'end_time=12:00',
    },
    modified_after: {
      does: 'Services changed on or after this date (from midnight, UK time), or this date and time (ISO 8601).',
      example: `modified_after=${values.since}`,
    },
    full: {
      does: 'With full=true, every item is fully nested, as one service is at its own address.',
      example: 'full=true',
    },
    format: {
      does: 'With format=ndjson, every result rather than a page, one JSON object per line (newline-delimited JSON).',
      example: 'format=ndjson',
    },
    postcode: {
      does: 'Service at locations only. A full postcode or just its first half (the outcode). Results come nearest first, each with its distance in metres.',
      example: `postcode=${values.postcode ?? 'WA1 1AA'}`,
    },
    proximity: {
      does: 'Service at locations only, with postcode. Only places within this many metres.',
      example: 'proximity=3000',
    },
  }
  return LIST_PARAMETERS.service_at_locations.map((name) => ({ name, ...docs[name] }))
}
