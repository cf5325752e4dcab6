/**
 * The filters of search, shared by the index (site/build/search-records.ts) and the search page:
 * each facet's name in the index and the address, its label, and the fixed order of its values
 * where they have one. Browser-safe.
 */
import { dayNames, timesOfDay } from './search-query.ts'

export const facetNames = ['type', 'category', 'age', 'day', 'time', 'hub', 'area', 'cost', 'access'] as const
export type FacetName = (typeof facetNames)[number]

export const facetLabels: Record<FacetName, string> = {
  type: 'Show',
  category: 'Category',
  age: 'Age',
  day: 'Day',
  time: 'Time of day',
  hub: 'Family hub',
  area: 'Area',
  cost: 'Cost',
  access: 'How to go',
}

export const resultKinds = ['Service', 'Family hub', 'Venue', 'Advice'] as const
export type ResultKind = (typeof resultKinds)[number]

export const costValues = ['Free', 'Paid'] as const
export const accessValues = ['Drop in', 'Book a place', 'Refer yourself', 'Referral needed'] as const

/** Values in a fixed order (others are sorted by name when the page is built). */
export const fixedOrder: Partial<Record<FacetName, readonly string[]>> = {
  type: resultKinds,
  day: dayNames,
  time: timesOfDay,
  cost: costValues,
  access: accessValues,
}

/**
 * The index's filter pairing a day with a time of day ("Tuesday Morning"): a service is filed
 * under the pair for each of its sessions, so a day and a time chosen together find a service
 * with a session then, not one with a session on the day and another at the time. Not shown as a
 * filter of its own: the page asks for it when both a day and a time are chosen.
 */
export const WHEN_FILTER = 'when'
export const whenOf = (day: string, time: string): string => `${day} ${time}`
/** Every pair of the days and times chosen. */
export const whensOf = (days: readonly string[], times: readonly string[]): string[] =>
  days.flatMap((day) => times.map((time) => whenOf(day, time)))

/** One running session of a service, as its record tells the search page (a line under the service in results). */
export interface SessionLine {
  /** Its series on the service page: /services/<slug>/#session-<slug>. */
  url: string
  /** Its own name, when it has one other than the service's. */
  title?: string
  /** "Every week on Tuesday, 09:30 to 11:30" */
  pattern: string
  /** "Birchwood Family Hub, Warrington" */
  where: string
  /** "Tuesday", as the day filter's values. */
  days: string[]
  /** "Morning", as the time filter's values. */
  time: string
  hub: string
  area: string
  /** "latitude,longitude" of its venue, as in the place filters. */
  at?: string
}

/**
 * A service's session lines as its record's `sessions` metadata: a JSON list of short lists,
 * [anchor, title, pattern, where, days, time, hub, area, at], where the anchor is what follows
 * "<service page>#session-" (or the whole address when it is elsewhere), days are digits into
 * dayNames ("13" is Tuesday and Thursday) and the time an index into timesOfDay. At 20,000
 * services the lines as objects with their addresses were a quarter of what Pagefind was given;
 * this form is a sixth less of it, and Pagefind's indexer peaks 260 MB lower.
 */
export const encodeSessionLines = (lines: readonly SessionLine[], serviceUrl: string): string => {
  const prefix = `${serviceUrl}#session-`
  const indexOf = (line: SessionLine, values: readonly string[], value: string, field: string) => {
    const i = values.indexOf(value)
    if (i < 0)
      throw new Error(
        `The session line "${line.url}" has ${field} "${value}", which is not one of ${values.join(', ')}.`,
      )
    return i
  }
  return JSON.stringify(
    lines.map((l) => [
      l.url.startsWith(prefix) ? l.url.slice(prefix.length) : l.url,
      l.title ?? '',
      l.pattern,
      l.where,
      l.days.map((d) => indexOf(l, dayNames, d, 'day')).join(''),
      indexOf(l, timesOfDay, l.time, 'time of day'),
      l.hub,
      l.area,
      l.at ?? '',
    ]),
  )
}

/** The session lines back from a record's `sessions` metadata (encodeSessionLines). */
export const decodeSessionLines = (text: string, serviceUrl: string): SessionLine[] =>
  (JSON.parse(text) as [string, string, string, string, string, number, string, string, string][]).map(
    ([anchor, title, pattern, where, days, time, hub, area, at]) => ({
      url: anchor.startsWith('/') ? anchor : `${serviceUrl}#session-${anchor}`,
      ...(title ? { title } : {}),
      pattern,
      where,
      days: [...days].map((d) => dayNames[Number(d)]!),
      time: timesOfDay[time]!,
      hub,
      area,
      ...(at ? { at } : {}),
    }),
  )

/**
 * The sessions of a result to list under it: those on the days, at the times, at the hubs and in
 * the areas chosen, and within the distance of a place (nearest first, with miles). With nothing
 * chosen, all of them in their order.
 */
export const sessionsToShow = (
  sessions: readonly SessionLine[],
  chosen: { days?: readonly string[]; times?: readonly string[]; hubs?: readonly string[]; areas?: readonly string[] },
  distance?: (at: string) => number | undefined,
): { session: SessionLine; miles?: number }[] => {
  const matches = (values: readonly string[] | undefined, value: string) => !values?.length || values.includes(value)
  const kept = sessions
    .filter(
      (s) =>
        (!chosen.days?.length || s.days.some((d) => chosen.days!.includes(d))) &&
        matches(chosen.times, s.time) &&
        matches(chosen.hubs, s.hub) &&
        matches(chosen.areas, s.area),
    )
    .map((session) => ({ session, miles: distance && session.at ? distance(session.at) : undefined }))
  if (!distance) return kept
  return kept.filter((s) => s.miles !== undefined).sort((a, b) => a.miles! - b.miles!)
}

/**
 * The largest search index the search page keeps whole for searching offline (the demo's is under
 * 1 MB). A bigger one lists no files in pagefind/offline-files.json: at 20,000 services the list
 * alone was 124 KB over the wire, for an index (125 MB) no one would fetch.
 */
export const OFFLINE_INDEX_LIMIT_BYTES = 1_500_000

/** The index's filter holding the places of things in a postcode area ("near WA"). */
export const placeFilter = (area: string): string => `near ${area}`
/** The index's filter marking things that are not tied to a place (advice, phone and online services). */
export const ANYWHERE_FILTER = 'anywhere'

export const radiusChoices = [1, 2, 5, 10, 20] as const
export const DEFAULT_RADIUS = 5

/** What the search page is told when it is built. */
export interface SearchConfig {
  facets: { name: FacetName; label: string; values: string[] }[]
  /** Postcode areas with places, and the box around their places: [south, west, north, east]. */
  areas: Record<string, [number, number, number, number]>
  terms: { words: string; alternatives: string[] }[]
}
