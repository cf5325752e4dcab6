/**
 * What search knows: one record per service, per family hub, per venue and per advice article,
 * made from the directory (not scraped from the built pages), so every filter is exact: cost, how
 * to go, age groups, category, hub, area, where it happens, and the days and times of day of a
 * service's sessions. Each record becomes a small HTML document for Pagefind, with weights so names
 * and categories outrank body text:
 *   name 10, its sessions' own names 8, categories and parents' words for them 7, places (hub,
 *   venue, area) 3, the rest 1.
 *
 * A service's sessions are not records of their own (at 20,000 services that was 60,000 more
 * documents, four times the index and its files): each running session is a line of the service's
 * record (`sessions`, in its metadata), which the search page lists under the service, keeping
 * only the sessions that match the day, time of day, hub, area and distance asked for, each
 * linking to its series on the service page (#session-<slug>). So that "Tuesday morning" finds a
 * service with a session on Tuesday morning, not one with a Tuesday afternoon and a Thursday
 * morning, each session also files its service under the pair (the `when` filter).
 */
import { readPostcode } from '../../core/places/distance.ts'
import type { PublishedService, PublishedSession, PublishedVenue } from '../../core/records/snapshot.ts'
import { labelOf, lifeStageOptions, weekdayOptions, type LifeStage } from '../../core/records/vocabulary.ts'
import {
  ANYWHERE_FILTER,
  encodeSessionLines,
  facetLabels,
  facetNames,
  fixedOrder,
  placeFilter,
  whenOf,
  WHEN_FILTER,
  type FacetName,
  type ResultKind,
  type SearchConfig,
  type SessionLine,
} from '../shared/search-facets.ts'
import { termsUsedIn, timeOfDay, type SearchTerm } from '../shared/search-query.ts'
import type { Directory } from '../directory/directory.ts'
import { accessLines, addressText, costText, sessionPattern, whoFor } from '../render/format.ts'
import { richTextToPlainText } from '../render/rich-text.ts'
import { escapeHtml } from '../../core/text/escape-html.ts'

export interface SearchRecord {
  url: string
  kind: ResultKind
  title: string
  /** The line shown under the title in results. */
  line: string
  /** What it costs and how to go, for a service ("Free. Drop in."). */
  facts?: string
  /** Text by weight. */
  text: { weight: number; text: string }[]
  filters: Partial<Record<FacetName | typeof WHEN_FILTER, string[]>>
  /** A service's running sessions, for the lines under it in results. */
  sessions?: SessionLine[]
  /** Where it happens: postcode area and "latitude,longitude" (4 decimals, about 10 m). */
  places: { area: string; at: string }[]
}

const accessLabel = {
  'drop-in': 'Drop in',
  booking: 'Book a place',
  'self-referral': 'Refer yourself',
  referral: 'Referral needed',
} as const

const placeOf = (venue: PublishedVenue): { area: string; at: string } | undefined => {
  const postcode = readPostcode(venue.postcode)
  if (postcode.kind === 'invalid') return undefined
  const area = /^[A-Z]+/.exec(postcode.outcode)![0]
  return { area, at: `${venue.latitude.toFixed(4)},${venue.longitude.toFixed(4)}` }
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)]
const uniquePlaces = (places: ({ area: string; at: string } | undefined)[]) => {
  const seen = new Map<string, { area: string; at: string }>()
  for (const p of places) if (p) seen.set(`${p.area} ${p.at}`, p)
  return [...seen.values()]
}

/** Every record search holds, in a stable order. */
export const searchRecordsOf = (d: Directory, terms: readonly SearchTerm[]): SearchRecord[] => {
  const records: SearchRecord[] = []
  const ageLabel = (g: LifeStage) => labelOf(lifeStageOptions, g)
  const wordsFor = (...texts: (string | null | undefined)[]) =>
    termsUsedIn(texts.filter(Boolean).join(' \n '), terms).join('. ')

  const serviceFacts = (service: PublishedService) => {
    const categories = d.topCategoriesOfService(service.id).map((c) => c.name)
    const allCategories = unique([
      ...categories,
      ...service.categories.map((c) => d.category(c)?.name).filter((n): n is string => !!n),
    ])
    return {
      categories,
      allCategories,
      ages: d.ageGroupsOfService(service.id).map(ageLabel),
      cost: [service.cost.free ? 'Free' : 'Paid'],
      access: unique(service.access.methods.map((m) => accessLabel[m])),
      provider: d.organisation(service.provider)?.name,
      body: [
        service.summary,
        service.description,
        whoFor(service),
        costText(service.cost),
        ...accessLines(service.access),
        service.access.referralDetails,
      ]
        .filter(Boolean)
        .join(' '),
    }
  }

  for (const service of d.services) {
    const facts = serviceFacts(service)
    const sessions = d.sessionsOfService(service.id).filter((s) => !s.lastDate || s.lastDate.slice(0, 10) >= d.today)
    const venues = unique(sessions.map((s) => s.venue))
      .map((v) => d.venue(v))
      .filter((v): v is PublishedVenue => !!v)
    const hubs = unique([...service.hubs, ...sessions.map((s) => s.hub)].map(String))
      .map((h) => d.hub(h))
      .filter((h) => !!h)
    const places = uniquePlaces(venues.map(placeOf))
    // A closed service is found, but none of its sessions: they are not running.
    const running =
      service.status === 'active'
        ? sessions.map((session) => sessionLine(session, service)).filter((l): l is SessionLine => !!l)
        : []
    const sessionTitles = unique(sessions.map((s) => s.title).filter((t): t is string => !!t && t !== service.name))
    records.push({
      url: `/services/${service.slug}/`,
      kind: 'Service',
      title: service.name,
      line: service.status === 'temporarily-closed' ? `Temporarily closed. ${service.summary}` : service.summary,
      facts: [...facts.cost, ...facts.access].join('. ') + '.',
      text: [
        { weight: 10, text: service.name },
        { weight: 8, text: sessionTitles.join(', ') },
        {
          weight: 7,
          text: [
            facts.allCategories.join(', '),
            wordsFor(service.name, ...sessionTitles, facts.allCategories.join(' '), facts.body),
          ]
            .filter(Boolean)
            .join('. '),
        },
        {
          weight: 3,
          text: unique([
            ...hubs.map((h) => h.name),
            ...hubs.map((h) => h.locality),
            ...venues.map((v) => `${v.name} ${v.address.town ?? ''}`),
          ]).join(', '),
        },
        {
          weight: 1,
          text: [
            facts.body,
            facts.provider,
            ...unique(running.map((l) => l.pattern)),
            ...unique(sessions.map((s) => s.bookingNotes)),
          ]
            .filter(Boolean)
            .join(' '),
        },
      ],
      filters: {
        type: ['Service'],
        category: facts.categories,
        age: facts.ages,
        ...(running.length > 0
          ? {
              day: unique(running.flatMap((l) => l.days)),
              time: unique(running.map((l) => l.time)),
              [WHEN_FILTER]: unique(running.flatMap((l) => l.days.map((day) => whenOf(day, l.time)))),
            }
          : {}),
        hub: unique(hubs.map((h) => h.name)),
        area: unique(hubs.map((h) => h.locality)),
        cost: facts.cost,
        access: facts.access,
      },
      places,
      ...(running.length > 0 ? { sessions: running } : {}),
    })
  }

  function sessionLine(session: PublishedSession, service: PublishedService): SessionLine | undefined {
    const venue = d.venue(session.venue)
    const hub = d.hub(session.hub)
    if (!venue || !hub) return undefined
    const place = placeOf(venue)
    return {
      url: `/services/${service.slug}/#session-${session.slug}`,
      ...(session.title && session.title !== service.name ? { title: session.title } : {}),
      pattern: sessionPattern(session),
      where: `${venue.name}${venue.address.town ? `, ${venue.address.town}` : ''}`,
      days: unique(session.days.map((day) => labelOf(weekdayOptions, day))),
      time: timeOfDay(session.opensAt),
      hub: hub.name,
      area: hub.locality,
      ...(place ? { at: place.at } : {}),
    }
  }

  for (const hub of d.hubs) {
    const venue = d.venue(hub.mainVenue) ?? d.venuesOfHub(hub.id)[0]
    records.push({
      url: `/hubs/${hub.slug}/`,
      kind: 'Family hub',
      title: hub.name,
      line: [hub.locality, venue ? addressText(venue) : undefined].filter(Boolean).join(': '),
      text: [
        { weight: 10, text: hub.name },
        { weight: 7, text: 'Family hub' },
        { weight: 3, text: [hub.locality, venue ? addressText(venue) : ''].join(' ') },
        // Not the names of its services: their own records and sessions answer those searches.
        { weight: 1, text: hub.description ?? '' },
      ],
      filters: { type: ['Family hub'], hub: [hub.name], area: [hub.locality] },
      places: uniquePlaces([venue && placeOf(venue)]),
    })
  }

  for (const venue of d.venues) {
    const hub = d.hub(venue.hub)
    const sessions = d.sessionsOfVenue(venue.id)
    const hubs = unique([hub, ...sessions.map((s) => d.hub(s.hub))].filter((h) => !!h))
    records.push({
      url: `/venues/${venue.slug}/`,
      kind: 'Venue',
      title: venue.name,
      line: addressText(venue),
      text: [
        { weight: 10, text: venue.name },
        { weight: 3, text: [addressText(venue), ...hubs.map((h) => `${h.name} ${h.locality}`)].join(' ') },
        { weight: 1, text: venue.accessibilityNotes ?? '' },
      ],
      filters: { type: ['Venue'], hub: unique(hubs.map((h) => h.name)), area: unique(hubs.map((h) => h.locality)) },
      places: uniquePlaces([placeOf(venue)]),
    })
  }

  for (const article of d.articles) {
    const body = richTextToPlainText(article.body)
    records.push({
      url: `/advice/${article.slug}/`,
      kind: 'Advice',
      title: article.title,
      line: article.summary || body.slice(0, 160),
      text: [
        { weight: 10, text: article.title },
        { weight: 7, text: wordsFor(article.title, article.summary, body) },
        { weight: 1, text: [article.summary, body].filter(Boolean).join(' ') },
      ],
      filters: { type: ['Advice'], age: article.lifeStages.map(ageLabel) },
      places: [],
    })
  }
  return records
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The document Pagefind indexes for a record: weighted text, then filters and metadata it does not index as words. */
export const recordHtml = (record: SearchRecord): string => {
  const text = record.text
    .filter((t) => t.text.trim())
    .map((t, i) =>
      i === 0
        ? `<h1 data-pagefind-weight="${t.weight}">${escapeHtml(t.text)}</h1>`
        : `<p data-pagefind-weight="${t.weight}">${escapeHtml(t.text)}</p>`,
    )
  const filters = Object.entries(record.filters).flatMap(([name, values]) =>
    (values ?? []).map((v) => `<span data-pagefind-filter="${name}">${escapeHtml(v)}</span>`),
  )
  const places = record.places.map(
    (p) => `<span data-pagefind-filter="${escapeHtml(placeFilter(p.area))}">${p.at}</span>`,
  )
  if (record.places.length === 0) places.push(`<span data-pagefind-filter="${ANYWHERE_FILTER}">Yes</span>`)
  const meta = [
    `<span data-pagefind-meta="title">${escapeHtml(record.title)}</span>`,
    `<span data-pagefind-meta="kind">${escapeHtml(record.kind)}</span>`,
    `<span data-pagefind-meta="line">${escapeHtml(record.line)}</span>`,
  ]
  if (record.facts) meta.push(`<span data-pagefind-meta="facts">${escapeHtml(record.facts)}</span>`)
  // Text, not an attribute: its quotes need no escaping.
  if (record.sessions?.length)
    meta.push(
      `<span data-pagefind-meta="sessions">${escapeText(encodeSessionLines(record.sessions, record.url))}</span>`,
    )
  return `<!doctype html><html lang="en"><head><title>${escapeHtml(record.title)}</title></head><body><main data-pagefind-body>${text.join('')}<div data-pagefind-ignore>${[...filters, ...places, ...meta].join('')}</div></main></body></html>`
}

/** What the search page needs to know: each facet's values in order, the postcode areas' boxes, parents' words. */
export const searchConfigOf = (records: readonly SearchRecord[], terms: readonly SearchTerm[]): SearchConfig => {
  const facets = facetNames.map((name) => {
    const present = new Set(records.flatMap((r) => r.filters[name] ?? []))
    const order = fixedOrder[name]
    const values = order
      ? order.filter((v) => present.has(v))
      : name === 'age'
        ? lifeStageOptions.map((o) => o.label as string).filter((v) => present.has(v))
        : [...present].sort((a, b) => a.localeCompare(b, 'en-GB'))
    return { name, label: facetLabels[name], values }
  })
  const areas: SearchConfig['areas'] = {}
  for (const place of placesByArea(records).entries()) {
    const [area, ats] = place
    const points = ats.map((at) => at.split(',').map(Number) as [number, number])
    areas[area] = [
      Math.min(...points.map((p) => p[0])),
      Math.min(...points.map((p) => p[1])),
      Math.max(...points.map((p) => p[0])),
      Math.max(...points.map((p) => p[1])),
    ]
  }
  return { facets, areas, terms: terms.map((t) => ({ words: t.words, alternatives: t.alternatives })) }
}

/** Each postcode area's places, sorted: the /places/<area>.json files the search page fetches for "near me". */
export const placesByArea = (records: readonly SearchRecord[]): Map<string, string[]> => {
  const byArea = new Map<string, Set<string>>()
  for (const r of records)
    for (const p of r.places) {
      const set = byArea.get(p.area) ?? new Set<string>()
      set.add(p.at)
      byArea.set(p.area, set)
    }
  return new Map([...byArea].sort(([a], [b]) => a.localeCompare(b)).map(([area, set]) => [area, [...set].sort()]))
}
