/**
 * The query parameters of the live Open Referral UK API's lists, as the UK profile's OpenAPI has
 * them: which each endpoint accepts, reading a request's URLSearchParams into a `ListQuery` (or
 * the list of what is wrong, each naming the parameter), and answering the query from a loaded
 * dataset index: filtered, nearest first from a postcode, paged or every item for ndjson.
 * Pure: the postcode files are read through the loader it is given.
 */
import { milesBetween, readPostcode, type Point } from '../../../core/places/distance.ts'
import {
  DEFAULT_PER_PAGE,
  MAX_PER_PAGE,
  pageOf,
  type OrukPage,
  type OrukSchedule,
  type OrukService,
} from '../../../core/open-referral/index.ts'
import { findPostcode, type PostcodeShard } from '../postcode-lookup.ts'
import { foldText, type OpenReferralIndex } from './index.ts'
import {
  quoted,
  readBoolean,
  readDays,
  readInstant,
  readNumber,
  readTime,
  readUuid,
  secondsOf,
  type NumberRule,
  type ParameterError,
  type Read,
  type Weekday,
} from './values.ts'

export type { ParameterError } from './values.ts'

export const LIST_ENDPOINTS = [
  'services',
  'service_at_locations',
  'organizations',
  'taxonomies',
  'taxonomy_terms',
] as const
export type ListEndpoint = (typeof LIST_ENDPOINTS)[number]

const PAGING = ['page', 'per_page'] as const
const SERVICE_FILTERS = [
  'search',
  ...PAGING,
  'taxonomy_term_id',
  'taxonomy_id',
  'organization_id',
  'minimum_age',
  'maximum_age',
  'day',
  'start_time',
  'end_time',
  'modified_after',
  'full',
  'format',
] as const

/** The query parameters each list accepts; a list's items by id accept none. */
export const LIST_PARAMETERS = {
  services: SERVICE_FILTERS,
  service_at_locations: [...SERVICE_FILTERS, 'postcode', 'proximity'],
  organizations: PAGING,
  taxonomies: PAGING,
  taxonomy_terms: PAGING,
} as const satisfies Record<ListEndpoint, readonly string[]>

export type ParameterName = (typeof LIST_PARAMETERS)['service_at_locations'][number]

/** The longest `search` accepted, in characters. */
export const MAX_SEARCH_LENGTH = 200
/** The largest `proximity`, in metres. */
export const MAX_PROXIMITY_METRES = 1_000_000
const METRES_PER_MILE = 1609.344

export interface ListQuery {
  page: number
  perPage: number
  /** Fully nested documents instead of list summaries. */
  full: boolean
  format: 'json' | 'ndjson'
  /** Folded words, every one of which must appear. */
  search?: string[]
  taxonomyTermId?: string
  taxonomyId?: string
  organizationId?: string
  minimumAge?: number
  maximumAge?: number
  days?: Weekday[]
  /** Seconds after midnight. */
  startTime?: number
  endTime?: number
  /** Milliseconds since the epoch. */
  modifiedAfter?: number
  postcode?: string
  /** Metres. */
  proximity?: number
}

const PAGE: NumberRule = { min: 1, whole: true, what: 'a page number', advice: 'Give a page number from 1, like 2.' }
const PER_PAGE: NumberRule = {
  min: 1,
  max: MAX_PER_PAGE,
  whole: true,
  what: 'a number of items per page',
  advice: `Give a whole number from 1 to ${MAX_PER_PAGE}, like ${DEFAULT_PER_PAGE}.`,
}
const AGE: NumberRule = { min: 0, max: 150, what: 'an age', advice: 'Give an age in whole years, like 5.' }
const PROXIMITY: NumberRule = {
  min: 0,
  above: true,
  max: MAX_PROXIMITY_METRES,
  what: 'a distance in metres',
  advice: 'Give a distance in metres, like 5000.',
}

/** The words of a search, folded: at most 200 characters, with at least one letter or number. */
const readSearch = (text: string): Read<string[]> => {
  if (text.length > MAX_SEARCH_LENGTH)
    return {
      ok: false,
      message: `search ${quoted(text)} is ${text.length} characters long. Give at most ${MAX_SEARCH_LENGTH} characters.`,
    }
  const words = foldText(text).split(' ').filter(Boolean)
  if (words.length === 0)
    return {
      ok: false,
      message: `search ${quoted(text)} has no letters or numbers. Give words to find, like stay and play.`,
    }
  return { ok: true, value: words }
}

const readFormat = (text: string): Read<ListQuery['format']> => {
  const format = text.toLowerCase()
  if (format === 'json' || format === 'ndjson') return { ok: true, value: format }
  return {
    ok: false,
    message: `format ${quoted(text)} is not a format this API gives. Give format=json (the default, in pages) or format=ndjson (every result, one per line).`,
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParameterError[] }

/** Refuses any parameter an endpoint does not accept (a by-id endpoint accepts none). */
export const unknownParameters = (
  endpointPath: string,
  params: URLSearchParams,
  accepted: readonly string[],
): ParameterError[] =>
  [...new Set(params.keys())]
    .filter((name) => !accepted.includes(name))
    .map((name) => ({
      parameter: name,
      message:
        accepted.length === 0
          ? `Unknown parameter ${quoted(name)}: ${endpointPath} takes no query parameters. Leave it out.`
          : `Unknown parameter ${quoted(name)}. ${endpointPath} accepts ${accepted.join(', ')}.`,
    }))

/**
 * A list request's parameters read and checked. Empty values count as not given (a form's empty
 * field); `day` may be given several times; any other parameter given twice is an error.
 * `pathPage` is the page of a static file's address (/api/services/page/2.json).
 */
export const parseListQuery = (
  endpoint: ListEndpoint,
  params: URLSearchParams,
  pathPage?: number,
): Parsed<ListQuery> => {
  const errors = unknownParameters(`/api/${endpoint}`, params, LIST_PARAMETERS[endpoint])
  const query: ListQuery = { page: pathPage ?? 1, perPage: DEFAULT_PER_PAGE, full: false, format: 'json' }
  const given = new Map<string, string>()
  for (const name of new Set(params.keys())) {
    const values = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v !== '')
    if (values.length === 0 || !(LIST_PARAMETERS[endpoint] as readonly string[]).includes(name)) continue
    if (values.length > 1 && name !== 'day')
      errors.push({
        parameter: name,
        message: `${name} is given ${values.length} times (${values.map(quoted).join(', ')}). Give it once.`,
      })
    else given.set(name, values.join(','))
  }
  const read = <T>(name: ParameterName, reader: (text: string) => Read<T>, set: (value: T) => void) => {
    const text = given.get(name)
    if (text === undefined) return
    const result = reader(text)
    if (result.ok) set(result.value)
    else errors.push({ parameter: name, message: result.message })
  }

  read(
    'page',
    (t) => readNumber('page', t, PAGE),
    (v) => {
      if (pathPage !== undefined && v !== pathPage)
        errors.push({
          parameter: 'page',
          message: `page ${quoted(String(v))} disagrees with the page in the address (${pathPage}). Give the page once, in the address or as page.`,
        })
      query.page = v
    },
  )
  read(
    'per_page',
    (t) => readNumber('per_page', t, PER_PAGE),
    (v) => (query.perPage = v),
  )
  read('search', readSearch, (v) => (query.search = v))
  read(
    'taxonomy_term_id',
    (t) => readUuid('taxonomy_term_id', t, 'a taxonomy term', '/api/taxonomy_terms'),
    (v) => (query.taxonomyTermId = v),
  )
  read(
    'taxonomy_id',
    (t) => readUuid('taxonomy_id', t, 'a taxonomy', '/api/taxonomies'),
    (v) => (query.taxonomyId = v),
  )
  read(
    'organization_id',
    (t) => readUuid('organization_id', t, 'an organization', '/api/organizations'),
    (v) => (query.organizationId = v),
  )
  read(
    'minimum_age',
    (t) => readNumber('minimum_age', t, AGE),
    (v) => (query.minimumAge = v),
  )
  read(
    'maximum_age',
    (t) => readNumber('maximum_age', t, AGE),
    (v) => (query.maximumAge = v),
  )
  read(
    'day',
    (t) => readDays('day', t),
    (v) => (query.days = v),
  )
  read(
    'start_time',
    (t) => readTime('start_time', t),
    (v) => (query.startTime = v),
  )
  read(
    'end_time',
    (t) => readTime('end_time', t),
    (v) => (query.endTime = v),
  )
  read(
    'modified_after',
    (t) => readInstant('modified_after', t),
    (v) => (query.modifiedAfter = v),
  )
  read(
    'full',
    (t) => readBoolean('full', t),
    (v) => (query.full = v),
  )
  read('format', readFormat, (v) => (query.format = v))
  read(
    'postcode',
    (t) => ({ ok: true, value: t }),
    (v) => (query.postcode = v),
  )
  read(
    'proximity',
    (t) => readNumber('proximity', t, PROXIMITY),
    (v) => (query.proximity = v),
  )

  // Conditions between parameters.
  if (query.proximity !== undefined && query.postcode === undefined)
    errors.push({
      parameter: 'proximity',
      message: `proximity ${quoted(given.get('proximity')!)} needs a postcode to measure from. Give postcode too, like postcode=WA5 1AB&proximity=5000.`,
    })
  if (query.minimumAge !== undefined && query.maximumAge !== undefined && query.maximumAge < query.minimumAge)
    errors.push({
      parameter: 'maximum_age',
      message: `maximum_age ${quoted(given.get('maximum_age')!)} is below minimum_age ${quoted(given.get('minimum_age')!)}. Give a maximum_age of at least the minimum_age.`,
    })
  if (query.startTime !== undefined && query.endTime !== undefined && query.endTime < query.startTime)
    errors.push({
      parameter: 'end_time',
      message: `end_time ${quoted(given.get('end_time')!)} is before start_time ${quoted(given.get('start_time')!)}. Give an end_time after the start_time.`,
    })
  if (query.format === 'ndjson')
    for (const name of PAGING) {
      const text = given.get(name) ?? (name === 'page' && pathPage !== undefined ? String(pathPage) : undefined)
      if (text !== undefined)
        errors.push({
          parameter: name,
          message: `${name} ${quoted(text)} cannot be used with format=ndjson, which gives every result at once. Leave out ${name}, or give format=json.`,
        })
    }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: query }
}

export type ShardLoader = (outcode: string) => Promise<PostcodeShard | null>

/** Where a query's postcode is (undefined without one), from the site's postcode files. */
export const locateQuery = async (query: ListQuery, loadShard: ShardLoader): Promise<Parsed<Point | undefined>> => {
  const { postcode } = query
  if (postcode === undefined) return { ok: true, value: undefined }
  const refuse = (message: string): Parsed<never> => ({ ok: false, errors: [{ parameter: 'postcode', message }] })
  if (readPostcode(postcode).kind === 'invalid')
    return refuse(
      `postcode ${quoted(postcode)} is not a postcode. Give a full postcode, like WA5 1AB, or its first part, like WA5.`,
    )
  const located = await findPostcode(postcode, loadShard)
  if (located.found) return { ok: true, value: located.point }
  return refuse(
    `postcode ${quoted(postcode)} was not found in this directory's postcode files. Check it, or give its first part, like WA5.`,
  )
}

/** The ids of a term and of every term above it (a service in "Health visiting" is in "Pregnancy, birth and early years"). */
const termAndParents = (index: OpenReferralIndex, termId: string): string[] => {
  const ids: string[] = []
  for (
    let id: string | undefined = termId;
    id !== undefined && !ids.includes(id);
    id = index.taxonomyTermById.get(id)?.parent_id
  )
    ids.push(id)
  return ids
}

const runsOn = (schedule: OrukSchedule, days: readonly Weekday[]): boolean =>
  schedule.byday.split(',').some((part) => days.includes(part.trim().slice(-2).toUpperCase() as Weekday))

/** Whether one schedule meets all the day and time conditions given. */
const scheduleMatches = (schedule: OrukSchedule, q: ListQuery): boolean =>
  (q.days === undefined || runsOn(schedule, q.days)) &&
  (q.startTime === undefined || secondsOf(schedule.opens_at) >= q.startTime) &&
  (q.endTime === undefined || secondsOf(schedule.closes_at) <= q.endTime)

/** Whether a service (with only the schedules that count) meets every condition of the query but search and distance. */
const serviceMatches = (
  index: OpenReferralIndex,
  service: Omit<OrukService, 'service_at_locations'>,
  schedules: readonly OrukSchedule[],
  q: ListQuery,
): boolean => {
  if (q.organizationId !== undefined && service.organization_id !== q.organizationId) return false
  if (q.minimumAge !== undefined && !(service.minimum_age >= q.minimumAge)) return false
  if (q.maximumAge !== undefined && !(service.maximum_age !== undefined && service.maximum_age <= q.maximumAge))
    return false
  if (q.modifiedAfter !== undefined && !(Date.parse(service.last_modified) >= q.modifiedAfter)) return false
  if (
    q.taxonomyTermId !== undefined &&
    !service.attributes.some((a) => termAndParents(index, a.taxonomy_term_id).includes(q.taxonomyTermId!))
  )
    return false
  if (
    q.taxonomyId !== undefined &&
    !service.attributes.some(
      (a) =>
        (index.taxonomyTermById.get(a.taxonomy_term_id)?.taxonomy_id ?? a.taxonomy_term.taxonomy_id) === q.taxonomyId,
    )
  )
    return false
  const asksWhen = q.days !== undefined || q.startTime !== undefined || q.endTime !== undefined
  if (asksWhen && !schedules.some((s) => scheduleMatches(s, q))) return false
  return true
}

const hasWords = (text: string, words: readonly string[] | undefined): boolean =>
  words === undefined || words.every((w) => text.includes(w))

/**
 * The items of a list that meet the query, in the list's order (by name), or nearest first from
 * `origin` with each item's `distance` in metres; list summaries, or full documents with `full`.
 */
export const matchingItems = (
  index: OpenReferralIndex,
  endpoint: ListEndpoint,
  q: ListQuery,
  origin?: Point,
): unknown[] => {
  switch (endpoint) {
    case 'services':
      return index.services
        .filter((e) => hasWords(e.text, q.search) && serviceMatches(index, e.full, e.full.schedules, q))
        .map((e) => (q.full ? e.full : e.summary))
    case 'service_at_locations': {
      const found = index.serviceAtLocations.filter(
        (e) =>
          hasWords(e.text, q.search) &&
          serviceMatches(
            index,
            e.full.service,
            e.full.service.schedules.filter((s) => s.service_at_location_id === e.full.id),
            q,
          ),
      )
      const itemOf = (e: (typeof found)[number]) => (q.full ? e.full : e.summary)
      if (!origin) return found.map(itemOf)
      return found
        .map((e, order) => ({ e, order, metres: milesBetween(origin, e.full.location) * METRES_PER_MILE }))
        .filter((x) => q.proximity === undefined || x.metres <= q.proximity)
        .sort((a, b) => a.metres - b.metres || a.order - b.order)
        .map((x) => ({ ...itemOf(x.e), distance: Math.round(x.metres) }))
    }
    case 'organizations':
      return index.organizations
    case 'taxonomies':
      return index.taxonomies
    case 'taxonomy_terms':
      return index.taxonomyTerms
  }
}

export type ListAnswer = { format: 'json'; page: OrukPage<unknown> } | { format: 'ndjson'; items: unknown[] }

/** The answer to a list query: the page asked for, or every item for ndjson. */
export const answerList = (
  index: OpenReferralIndex,
  endpoint: ListEndpoint,
  q: ListQuery,
  origin?: Point,
): ListAnswer => {
  const items = matchingItems(index, endpoint, q, origin)
  return q.format === 'ndjson'
    ? { format: 'ndjson', items }
    : { format: 'json', page: pageOf(items, q.page, q.perPage) }
}

/** Read a list request's parameters and find its postcode: the query and where from, or what is wrong. */
export const readListQuery = async (
  endpoint: ListEndpoint,
  params: URLSearchParams,
  loadShard: ShardLoader,
  pathPage?: number,
): Promise<Parsed<{ query: ListQuery; origin?: Point }>> => {
  const parsed = parseListQuery(endpoint, params, pathPage)
  if (!parsed.ok) return parsed
  const origin = await locateQuery(parsed.value, loadShard)
  if (!origin.ok) return origin
  return { ok: true, value: { query: parsed.value, ...(origin.value ? { origin: origin.value } : {}) } }
}
