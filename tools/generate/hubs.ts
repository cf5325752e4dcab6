/**
 * Hubs: one per area in turn (round robin over the areas), named after a neighbourhood there, each with its
 * main venue (the hub's own building, the library for a zone, a hall for outreach); then their documents,
 * once every venue is made, so a hub's description can name its other venues.
 */
import { slugify } from '../../core/records/fields.ts'
import type { HubType } from '../../core/records/vocabulary.ts'
import { openingHoursOf } from './opening-hours.ts'
import { dramaPhone } from './phones.ts'
import type { Random } from './random.ts'
import type { GeneratedHub, HubDoc } from './records.ts'
import { firstFree, uniqueSlug } from './slugs.ts'
import {
  hubAlsoAt,
  hubBuilding,
  hubClosingLines,
  hubFacilities,
  hubIntroductions,
  hubNameSuffix,
  hubTypeWeights,
} from './templates/hubs.ts'
import { areas, quarters, saints, streets, type Area } from './templates/places.ts'
import { communityCentreKind, hubBuildingAccessibility, libraryKind } from './templates/venues.ts'
import type { Venues } from './venues.ts'

export const placeHubs = (r: Random, count: number, venues: Venues): GeneratedHub[] => {
  const slugs = new Set<string>()
  const pickType = r.weighted(hubTypeWeights, ([, w]) => w)
  const hubs: GeneratedHub[] = []
  for (let i = 0; i < count; i++) {
    const area = areas[i % areas.length]!
    const type = pickType()[0]
    const { name, place } = hubName(r, slugs, area, type, i + 1)
    const hub: GeneratedHub = { id: i + 1, name, slug: uniqueSlug(slugs, slugify(name)), type, area, place, venues: [] }
    hubs.push(hub)
    addMainVenue(r, hub, venues)
  }
  return hubs
}

/** A neighbourhood's name and the type's ("Hulme Family Hub"), then a quarter of one, then a street in one. */
const hubName = (r: Random, slugs: ReadonlySet<string>, area: Area, type: HubType, n: number) => {
  const suffix = hubNameSuffix[type]
  const places = area.places
  const start = r.int(0, places.length - 1)
  const candidates = [
    ...places.map((_, k) => `${places[(start + k) % places.length]} ${suffix}`),
    ...quarters.flatMap((q) => places.map((p) => `${p} ${q} ${suffix}`)),
    ...streets.map((s) => `${s} ${suffix}, ${places[start]}`),
  ]
  const name = firstFree(slugs, candidates) ?? `${places[start]} ${suffix} ${n}`
  const place = places.find((p) => name.startsWith(p) || name.endsWith(p)) ?? places[start]!
  return { name, place }
}

/** The hub's own building, the library for a zone, a community centre or hall for outreach. */
const addMainVenue = (r: Random, hub: GeneratedHub, venues: Venues): void => {
  const { name, place, type } = hub
  const street = r.pick(streets)
  if (type === 'zone') {
    const libraries = [
      `${place} Library`,
      `${place} Library and Family Zone`,
      `${name.replace(/ Library Zone.*$/, '')} Library`,
    ]
    const library = firstFree(venues.slugs, libraries) ?? name
    venues.add(hub, { name: library, place, street, kind: libraryKind, belongs: true })
  } else if (type === 'outreach') {
    const halls = [
      `${place} Community Centre`,
      `${place} Village Hall`,
      `${r.pick(saints)} Church Hall, ${place}`,
      `${street} Community Centre, ${place}`,
    ]
    const hall = firstFree(venues.slugs, halls) ?? `${name} Hall`
    venues.add(hub, { name: hall, place, street, kind: communityCentreKind, belongs: true })
  } else {
    const kind = { building: hubBuilding[type], accessibility: hubBuildingAccessibility }
    venues.add(hub, { name, place, street, kind, belongs: true })
  }
}

/** A hub's document: opening hours, facilities, description, phone and email. */
export const hubDocOf = (r: Random, hub: GeneratedHub): HubDoc => {
  const main = hub.venues[0]!
  const openingHours = openingHoursOf(r, hub.type)
  const offered = hubFacilities[hub.type]
  const facilities = r.some(offered, r.int(Math.max(3, offered.length - 4), offered.length))
  const others = hub.venues.slice(1, 3).map((v) => v.name)
  const introduction = hubIntroductions[hub.type]({
    name: hub.name,
    place: hub.place,
    town: hub.area.town,
    mainVenue: main.name,
  })
  const description = [introduction, others.length > 0 ? hubAlsoAt(others) : '', r.pick(hubClosingLines)]
    .filter(Boolean)
    .join(' ')
  return {
    id: hub.id,
    name: hub.name,
    slug: hub.slug,
    type: hub.type,
    locality: hub.area.town,
    description,
    mainVenue: main.id,
    openingHours,
    facilities,
    phone: dramaPhone(r),
    email: `${hub.slug}@example.org`,
  }
}
