/** What venues are: kinds of building, their access features, and the sentences that describe getting there. */
import type { AccessibilityFeature } from '../../../core/records/vocabulary.ts'

/** A kind of building: what a family looks for when they arrive, and its access features to draw from. */
export interface Building {
  building: string
  accessibility: readonly AccessibilityFeature[]
}

/** The names a venue of a kind is given in a place (a street, a church and a school are drawn for it). */
export interface VenueNameParts {
  place: string
  street: string
  saint: string
  school: string
}

export interface VenueKind extends Building {
  name: (p: VenueNameParts) => string
  /** How often the kind is drawn, relative to the others. */
  weight: number
}

export const venueKinds: readonly VenueKind[] = [
  {
    name: (p) => `${p.place} Library`,
    weight: 3,
    accessibility: ['step-free', 'accessible-toilet', 'hearing-loop', 'lift', 'baby-change', 'buggy-storage'],
    building: 'library',
  },
  {
    name: (p) => `${p.place} Community Centre`,
    weight: 3,
    accessibility: ['step-free', 'accessible-toilet', 'accessible-parking', 'baby-change'],
    building: 'community centre',
  },
  {
    name: (p) => `${p.street} Community Centre, ${p.place}`,
    weight: 3,
    accessibility: ['step-free', 'accessible-toilet', 'baby-change'],
    building: 'community centre',
  },
  {
    name: (p) => `${p.saint} Church Hall, ${p.place}`,
    weight: 4,
    accessibility: ['step-free', 'accessible-toilet', 'baby-change'],
    building: 'church hall',
  },
  {
    name: (p) => `${p.place} Methodist Church Hall`,
    weight: 1,
    accessibility: ['step-free', 'accessible-toilet'],
    building: 'church hall',
  },
  {
    name: (p) => `${p.place} Baptist Church Hall`,
    weight: 1,
    accessibility: ['step-free', 'baby-change'],
    building: 'church hall',
  },
  {
    name: (p) => `${p.place} Health Centre`,
    weight: 2,
    accessibility: ['step-free', 'accessible-toilet', 'hearing-loop', 'lift', 'accessible-parking', 'baby-change'],
    building: 'health centre',
  },
  {
    name: (p) => `${p.place} Leisure Centre`,
    weight: 1,
    accessibility: ['step-free', 'accessible-toilet', 'lift', 'accessible-parking', 'baby-change', 'changing-places'],
    building: 'leisure centre',
  },
  {
    name: (p) => `${p.school} Primary School, ${p.place}`,
    weight: 3,
    accessibility: ['step-free', 'accessible-toilet', 'accessible-parking'],
    building: 'school',
  },
  {
    name: (p) => `${p.place} Youth and Community Centre`,
    weight: 1,
    accessibility: ['step-free', 'accessible-toilet', 'baby-change', 'quiet-room'],
    building: 'community centre',
  },
  {
    name: (p) => `${p.street} Children’s Centre, ${p.place}`,
    weight: 2,
    accessibility: ['step-free', 'accessible-toilet', 'baby-change', 'buggy-storage', 'quiet-room'],
    building: "children's centre",
  },
  {
    name: (p) => `${p.place} Village Hall`,
    weight: 1,
    accessibility: ['step-free', 'accessible-toilet', 'baby-change'],
    building: 'hall',
  },
]

/** The kinds a hub's main venue borrows: a zone is in a library, outreach in a community centre. */
export const libraryKind = venueKinds[0]!
export const communityCentreKind = venueKinds[1]!
/** The kind of a venue named after its street when every other name was taken. */
export const streetCommunityCentreKind = venueKinds[2]!

/** A family hub's or a child and family centre's own building. */
export const hubBuildingAccessibility: readonly AccessibilityFeature[] = [
  'step-free',
  'accessible-toilet',
  'hearing-loop',
  'accessible-parking',
  'baby-change',
  'buggy-storage',
  'quiet-room',
  'changing-places',
]

/** Directions: the bus (a second route sometimes, the shops sometimes), the entrance, the parking. */
export interface BusDirections {
  bus: string
  /** Another route to the same stop, if any. */
  otherBus: string | undefined
  place: string
  /** Whether the stop is by the shops. */
  shops: boolean
  minutes: number
  street: string
}

export const busDirections = (d: BusDirections): string =>
  `Take the ${d.bus}${d.otherBus ? ` or ${d.otherBus}` : ''} bus to ${d.place}${d.shops ? ' shops' : ''} ` +
  `and walk ${d.minutes} minutes along ${d.street}.`

export const entranceLines: readonly ((building: string) => string)[] = [
  (building) => `The entrance is at the front of the ${building}.`,
  () => `Use the side door with the ramp, facing the car park.`,
  () => `Come in through the main doors and ask at the desk.`,
]

export const parkingLines = [
  'Free parking on site.',
  'Small free car park; more spaces on the road.',
  'No car park: there is on-street parking nearby.',
  'Pay and display car park opposite.',
] as const

export const accessibilityNoteLines: readonly ((building: string) => string)[] = [
  () => `All the rooms used for sessions are on the ground floor.`,
  (building) =>
    `Level access through the main door. The accessible toilet is next to the ` +
    `${building === 'library' ? 'children’s library' : 'main hall'}.`,
  () => `Ramp to the side door; the hall and toilets are on one level.`,
  () => `Automatic doors. Ask at reception if you need a quiet space.`,
]
