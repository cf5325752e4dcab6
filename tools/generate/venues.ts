/**
 * Venues: each hub's main venue (made with the hub, hubs.ts) and the other venues, spread evenly over the
 * hubs' areas, named after a kind of building in one of the area's neighbourhoods.
 */
import { slugify } from '../../core/records/fields.ts'
import { jitter, postcodeMaker } from './geography.ts'
import type { Random } from './random.ts'
import type { GeneratedHub, GeneratedVenue } from './records.ts'
import { uniqueSlug } from './slugs.ts'
import { busRoutes, saints, schoolNames, streets } from './templates/places.ts'
import {
  accessibilityNoteLines,
  busDirections,
  entranceLines,
  parkingLines,
  streetCommunityCentreKind,
  venueKinds,
  type Building,
  type VenueKind,
} from './templates/venues.ts'

export interface NewVenue {
  name: string
  place: string
  street: string
  kind: Building
  /** Whether it belongs to the hub (or is only in its area). */
  belongs: boolean
}

/** The venues made so far, and their slugs. */
export interface Venues {
  all: GeneratedVenue[]
  slugs: ReadonlySet<string>
  /** Make a venue in a hub's area: where it is, how to get there, its access. */
  add: (hub: GeneratedHub, venue: NewVenue) => GeneratedVenue
}

export const makeVenues = (r: Random): Venues => {
  const all: GeneratedVenue[] = []
  const slugs = new Set<string>()
  const newPostcode = postcodeMaker(r)

  const add = (hub: GeneratedHub, { name, place, street, kind, belongs }: NewVenue): GeneratedVenue => {
    const { area } = hub
    const slug = uniqueSlug(slugs, slugify(name))
    const at = jitter(r, area.latitude, area.longitude, 2)
    const bus = r.pick(busRoutes)
    const accessibility = r.some(
      kind.accessibility,
      r.int(Math.min(2, kind.accessibility.length), kind.accessibility.length),
    )
    const directions = [
      busDirections({
        bus,
        otherBus: r.chance(0.4) ? r.pick(busRoutes.filter((b) => b !== bus)) : undefined,
        place,
        shops: r.chance(0.5),
        minutes: r.int(2, 10),
        street,
      }),
      r.pick(entranceLines)(kind.building),
      r.pick(parkingLines),
    ].join(' ')
    const id = all.length + 1
    const venue: GeneratedVenue = {
      id,
      name,
      slug,
      areaHub: hub,
      place,
      street,
      families: new Set(),
      doc: {
        id,
        name,
        slug,
        hub: belongs ? hub.id : null,
        address: { line1: street, line2: place, town: area.town },
        postcode: newPostcode(area),
        latitude: at.latitude,
        longitude: at.longitude,
        accessibility,
        accessibilityNotes: r.chance(0.7) ? r.pick(accessibilityNoteLines)(kind.building) : null,
        directions,
      },
    }
    all.push(venue)
    hub.venues.push(venue)
    return venue
  }

  return { all, slugs, add }
}

/** The venues that are not a hub's main venue, up to `count` venues in all, round robin over the hubs. */
export const addOtherVenues = (r: Random, hubs: readonly GeneratedHub[], venues: Venues, count: number): void => {
  const pickKind = r.weighted(venueKinds, (k) => k.weight)
  for (let i = hubs.length; i < count; i++) {
    const hub = hubs[i % hubs.length]!
    if (addNamedVenue(r, hub, venues, pickKind)) continue
    const place = r.pick(hub.area.places)
    const street = r.pick(streets)
    const name = `${street} Community Rooms ${i + 1}, ${place}`
    venues.add(hub, { name, place, street, kind: streetCommunityCentreKind, belongs: false })
  }
}

/** A venue of a kind, in one of the area's neighbourhoods, under a name not yet taken (40 tries). */
const addNamedVenue = (r: Random, hub: GeneratedHub, venues: Venues, pickKind: () => VenueKind) => {
  for (let attempt = 0; attempt < 40; attempt++) {
    const kind = pickKind()
    const place = r.pick(hub.area.places)
    const street = r.pick(streets)
    const name = kind.name({ place, street, saint: r.pick(saints), school: r.pick(schoolNames) })
    if (venues.slugs.has(slugify(name))) continue
    venues.add(hub, { name, place, street, kind, belongs: r.chance(0.25) })
    return true
  }
  return false
}
